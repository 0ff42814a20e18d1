package com.trustproof.render;

import java.util.List;

/** One rendered field with the provenance of every substituted token, in output order. */
public record RenderedText(String text, List<TokenSpan> spans) {
    public RenderedText {
        spans = List.copyOf(spans);
    }
}
