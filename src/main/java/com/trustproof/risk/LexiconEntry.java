package com.trustproof.risk;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.ArrayList;
import java.util.List;

/**
 * Phrases that assert a trait of the reader ("as a fellow runner") and the persona attributes and
 * values that would make them true (interests contains running). Attributes are tried in order;
 * the first one the persona has decides.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public final class LexiconEntry {
    /** What the copy takes for granted, for the message: "a runner". */
    public String trait = "";
    public List<String> phrases = new ArrayList<>();
    public List<String> attributes = new ArrayList<>();
    /** Accepted values; a value matches when equal or containing one of these as a word. */
    public List<String> values = new ArrayList<>();
}
