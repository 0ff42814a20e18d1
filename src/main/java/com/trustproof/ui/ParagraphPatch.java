package com.trustproof.ui;

import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.StyledDocument;

import java.util.List;

/**
 * Puts a new document into an area by replacing only the paragraphs that differ. Messages from one
 * template share most of their paragraphs; an area keeps the nodes of paragraphs it still shows, so
 * moving to the next recipient builds, styles, lays out and repaints only what changed.
 */
final class ParagraphPatch {
    /** Paragraphs {@code [from, oldEnd)} of the old list become {@code [from, newEnd)} of the new one. */
    record Range(int from, int oldEnd, int newEnd) {}

    private ParagraphPatch() {}

    /**
     * The paragraphs to replace, or null when the lists are equal. Both sides of the range are at
     * least one paragraph long: a replacement from the start of a paragraph to the end of another
     * then needs no line break added or removed at its edges.
     */
    static Range changed(List<?> old, List<?> now) {
        int common = Math.min(old.size(), now.size());
        int head = 0;
        while (head < common && old.get(head).equals(now.get(head))) head++;
        if (head == old.size() && head == now.size()) return null;
        int tail = 0;
        while (tail < common - head && old.get(old.size() - 1 - tail).equals(now.get(now.size() - 1 - tail))) tail++;
        int oldEnd = old.size() - tail;
        int newEnd = now.size() - tail;
        if (oldEnd == head || newEnd == head) {
            // paragraphs only added or only removed: take a neighbour in so neither side is empty
            if (tail > 0) {
                oldEnd++;
                newEnd++;
            } else {
                head--;
            }
        }
        return new Range(head, oldEnd, newEnd);
    }

    /** Makes {@code area}'s document equal to {@code next}. */
    static <PS, SEG, S> void apply(GenericStyledArea<PS, SEG, S> area, StyledDocument<PS, SEG, S> next) {
        List<Paragraph<PS, SEG, S>> old = area.getDocument().getParagraphs();
        List<Paragraph<PS, SEG, S>> now = next.getParagraphs();
        Range range = changed(old, now);
        if (range == null) return;
        int start = area.getAbsolutePosition(range.from(), 0);
        int end = area.getAbsolutePosition(range.oldEnd() - 1, old.get(range.oldEnd() - 1).length());
        int newStart = next.getAbsolutePosition(range.from(), 0);
        int newEnd = next.getAbsolutePosition(range.newEnd() - 1, now.get(range.newEnd() - 1).length());
        area.replace(start, end, next.subSequence(newStart, newEnd));
    }
}
