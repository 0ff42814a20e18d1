package com.trustproof.risk;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One example of a rule. A bare JSON string is plain body copy sent to a typical consenting
 * recipient; an object can instead give a template (body, subject, html), one recipient or
 * several, declared assumptions, segments and the list's known fields.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public final class RuleExample {
    public String body;
    public String subject;
    public String preheader;
    /** "text" or "html". */
    public String format = "text";
    /** One recipient's attributes (any column spelling); merged over a typical consenting persona. */
    public Map<String, String> recipient;
    /** Several recipients, for campaign-wide rules (shares, counts). */
    public List<Map<String, String>> recipients;
    public List<Map<String, Object>> assumes = new ArrayList<>();
    public List<String> segments = new ArrayList<>();
    /** Known list columns; defaults to the union of the recipients' columns. */
    public List<String> known;
    /** Anchors data.stale; defaults to 2026-01-01. */
    public String today;

    public RuleExample() {}

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static RuleExample ofText(String body) {
        RuleExample example = new RuleExample();
        example.body = body;
        return example;
    }

    public Map<String, String> recipientOrEmpty() {
        return recipient == null ? new LinkedHashMap<>() : recipient;
    }
}
