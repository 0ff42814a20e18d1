package com.trustproof.model;

/**
 * One trust risk. {@code field} is null for findings about the recipient rather than about a
 * span of text (consent.missing, data.stale, segment.outside); then start = end = 0 and text "".
 * Offsets are UTF-16 indexes into the rendered text of that field (or into the template for
 * campaign-wide findings). {@code suggestion} may be null.
 */
public record Finding(String rule, Severity severity, double confidence, MessageField field,
                      int start, int end, String text, String message, String suggestion) {
    public Finding {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
        text = text == null ? "" : text;
    }
}
