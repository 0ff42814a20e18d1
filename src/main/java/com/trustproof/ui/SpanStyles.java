package com.trustproof.ui;

import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Turns overlapping styled ranges (a substituted value inside a risky span, say) into the flat
 * run of style-class sets a RichTextFX area wants.
 */
final class SpanStyles {
    record Styled(int start, int end, String styleClass) {}

    private SpanStyles() {}

    static StyleSpans<Collection<String>> build(int length, List<Styled> ranges) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        for (Styled r : ranges) {
            cuts.add(clamp(r.start(), length));
            cuts.add(clamp(r.end(), length));
        }
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            List<String> classes = new ArrayList<>();
            for (Styled r : ranges) {
                if (r.start() <= from && r.end() >= to && r.end() > r.start()) classes.add(r.styleClass());
            }
            spans.add(classes, to - from);
            from = to;
        }
        if (length == 0) spans.add(List.of(), 0);
        return spans.create();
    }

    private static int clamp(int value, int length) { return Math.max(0, Math.min(value, length)); }
}
