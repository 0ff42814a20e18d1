package com.trustproof.model;

import java.util.Locale;

public enum DecisionStatus {
    PENDING, APPROVED, REJECTED;

    public String id() { return name().toLowerCase(Locale.ROOT); }

    public static DecisionStatus parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
