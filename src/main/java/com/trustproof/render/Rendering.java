package com.trustproof.render;

import com.trustproof.model.MessageField;

/**
 * A message as one recipient gets it. {@code path} is the rendering-path signature (branches
 * taken, tokens that fell back or were empty): recipients with equal paths and equal findings
 * form one variant group.
 */
public record Rendering(RenderedText subject, RenderedText preheader, RenderedText body, String path) {
    public RenderedText field(MessageField field) {
        return switch (field) {
            case SUBJECT -> subject;
            case PREHEADER -> preheader;
            case BODY -> body;
        };
    }
}
