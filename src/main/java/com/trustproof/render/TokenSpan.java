package com.trustproof.render;

/**
 * Provenance of one substituted token in a rendered text: output range [start, end), the token's
 * range [sourceStart, sourceEnd) in the template of the same field, the canonical field name, and
 * where the characters came from. A MISSING span is empty (start == end) or holds left-over syntax.
 */
public record TokenSpan(int start, int end, int sourceStart, int sourceEnd, String field, Source source) {
    public enum Source {
        /** the recipient's own value */
        VALUE,
        /** the value was missing and the template's fallback was used */
        FALLBACK,
        /** the value was missing and there was no fallback */
        MISSING
    }
}
