package com.trustproof.render;

import com.trustproof.model.MessageField;

/**
 * A merge token as written in a template: where it is, the canonical field it reads, and its
 * fallback (null when it has none). {@code syntax} names the dialect ("liquid", "mailchimp", ...).
 */
public record TokenInfo(MessageField field, int start, int end, String source, String fieldName,
                        String fallback, String syntax) {
    public boolean hasFallback() { return fallback != null; }
}
