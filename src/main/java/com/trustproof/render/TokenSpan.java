package com.trustproof.render;

/**
 * Provenance of one substituted token in a rendered text: output range [start, end), the token's
 * range [sourceStart, sourceEnd) in the template of the same field, the canonical field name, and
 * where the characters came from. A MISSING span is empty (start == end) or holds left-over syntax.
 */
public record TokenSpan(int start, int end, int sourceStart, int sourceEnd, String field, Source source, String value) {
    /**
     * {@code value}: for a VALUE span, the very string the renderer inserted (the text in [start, end)),
     * so the checks read it, and find it in their maps by its hash worked out once, instead of cutting
     * a copy out of the rendering per rule; null for other spans.
     */
    public TokenSpan {}

    /** A span whose inserted text is only in the rendering. */
    public TokenSpan(int start, int end, int sourceStart, int sourceEnd, String field, Source source) {
        this(start, end, sourceStart, sourceEnd, field, source, null);
    }

    /** The inserted text: this span's part of {@code rendered}, the text it was rendered into. */
    public String text(String rendered) { return value != null ? value : rendered.substring(start, end); }

    public enum Source {
        /** the recipient's own value */
        VALUE,
        /** the value was missing and the template's fallback was used */
        FALLBACK,
        /** the value was missing and there was no fallback */
        MISSING
    }
}
