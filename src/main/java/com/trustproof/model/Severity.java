package com.trustproof.model;

import java.util.Locale;

/** How bad a finding is. Weights feed the trust score, as spam filters sum rule scores. */
public enum Severity {
    HIGH(10), MEDIUM(3), LOW(1);

    private final int weight;

    Severity(int weight) { this.weight = weight; }

    public int weight() { return weight; }

    /** The lower-case name used in files, the CLI and JSON ("high"). */
    public String id() { return name().toLowerCase(Locale.ROOT); }

    public static Severity parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }

    /** True when this severity is at least as bad as {@code other}. */
    public boolean atLeast(Severity other) { return ordinal() <= other.ordinal(); }
}
