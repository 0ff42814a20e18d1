package com.trustproof.model;

import java.util.List;

/**
 * A trait the copy takes for granted about its reader, declared in the campaign's {@code assumes}.
 * Exactly one of equals / contains / in applies; {@code values} holds its operand(s).
 */
public record Assumption(String attribute, Match match, List<String> values, String reason) {
    public enum Match { EQUALS, CONTAINS, IN }

    public Assumption {
        values = List.copyOf(values);
    }
}
