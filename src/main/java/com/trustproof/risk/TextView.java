package com.trustproof.risk;

import com.trustproof.model.Finding;
import com.trustproof.model.MessageField;
import com.trustproof.render.RenderedText;
import com.trustproof.render.TokenSpan;

/**
 * The text a reader sees in one field, which text rules scan. For plain text it is the rendered
 * text itself; for an HTML body it is the visible text, with a map from visible offsets back to
 * the rendered HTML source so findings point into what the preview highlights.
 */
final class TextView {
    final MessageField field;
    final RenderedText rendered;
    final String text;
    // Visible segments (one per text node) and where each came from in the source; null = identity.
    private final int[] visibleStart;
    private final int[] visibleEnd;
    private final int[] sourceStart;
    private final int[] sourceEnd;

    private TextView(MessageField field, RenderedText rendered, String text,
                     int[] visibleStart, int[] visibleEnd, int[] sourceStart, int[] sourceEnd) {
        this.field = field;
        this.rendered = rendered;
        this.text = text;
        this.visibleStart = visibleStart;
        this.visibleEnd = visibleEnd;
        this.sourceStart = sourceStart;
        this.sourceEnd = sourceEnd;
    }

    static TextView plain(MessageField field, RenderedText rendered) {
        return new TextView(field, rendered, rendered.text(), null, null, null, null);
    }

    static TextView mapped(MessageField field, RenderedText rendered, String visible,
                           int[] visibleStart, int[] visibleEnd, int[] sourceStart, int[] sourceEnd) {
        return new TextView(field, rendered, visible, visibleStart, visibleEnd, sourceStart, sourceEnd);
    }

    int[] visibleStarts() { return visibleStart; }

    int[] visibleEnds() { return visibleEnd; }

    int[] sourceStarts() { return sourceStart; }

    int[] sourceEnds() { return sourceEnd; }

    /** Source offset of a visible start offset. */
    int toSourceStart(int visible) {
        if (visibleStart == null) return visible;
        int segment = segmentAtOrAfter(visible);
        if (segment < 0) return rendered.text().length();
        if (visible < visibleStart[segment]) return sourceStart[segment];
        return exact(segment) ? sourceStart[segment] + (visible - visibleStart[segment]) : sourceStart[segment];
    }

    /** Source offset of a visible end offset. */
    int toSourceEnd(int visible) {
        if (visibleStart == null) return visible;
        int segment = segmentAtOrBefore(visible);
        if (segment < 0) return 0;
        if (visible >= visibleEnd[segment]) return sourceEnd[segment];
        return exact(segment) ? sourceStart[segment] + (visible - visibleStart[segment]) : sourceEnd[segment];
    }

    private boolean exact(int segment) {
        return visibleEnd[segment] - visibleStart[segment] == sourceEnd[segment] - sourceStart[segment];
    }

    private int segmentAtOrAfter(int visible) {
        for (int i = 0; i < visibleStart.length; i++) {
            if (visible < visibleEnd[i]) return i;
        }
        return -1;
    }

    private int segmentAtOrBefore(int visible) {
        for (int i = visibleStart.length - 1; i >= 0; i--) {
            if (visible > visibleStart[i]) return i;
        }
        return -1;
    }

    /** True when [start, end) of the visible text overlaps a token span of the given source. */
    boolean overlapsSpan(int start, int end, TokenSpan.Source source) {
        int from = toSourceStart(start), to = toSourceEnd(end);
        for (TokenSpan span : rendered.spans()) {
            if (span.source() == source && span.start() < to && from < span.end()) return true;
        }
        return false;
    }

    /** A finding of {@code spec} on visible [start, end), located in the rendered source. */
    Finding finding(RuleSpec spec, int start, int end, double confidenceFactor, String... keyValues) {
        int from = toSourceStart(start), to = Math.max(from, toSourceEnd(end));
        if (visibleStart != null) {
            // the message quotes what the reader sees ("we noticed you"), the span keeps the markup
            String[] withText = java.util.Arrays.copyOf(keyValues, keyValues.length + 2);
            withText[keyValues.length] = "text";
            withText[keyValues.length + 1] = text.substring(start, end);
            keyValues = withText;
        }
        return spec.finding(field, from, to, rendered.text().substring(from, to), confidenceFactor, keyValues);
    }
}
