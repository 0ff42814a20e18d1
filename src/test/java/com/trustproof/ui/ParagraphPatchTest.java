package com.trustproof.ui;

import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import java.util.Collection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

@ExtendWith(ApplicationExtension.class)
class ParagraphPatchTest {
    private static ParagraphPatch.Range changed(List<String> old, List<String> now) { return ParagraphPatch.changed(old, now); }

    @Test
    void equalParagraphsNeedNoReplacement() {
        assertNull(changed(List.of("a", "b"), List.of("a", "b")));
    }

    @Test
    void onlyTheParagraphsBetweenTheEqualHeadAndTailAreReplaced() {
        assertEquals(new ParagraphPatch.Range(1, 3, 2), changed(List.of("a", "b", "c", "d"), List.of("a", "x", "d")));
        assertEquals(new ParagraphPatch.Range(0, 1, 1), changed(List.of("a", "b"), List.of("x", "b")));
    }

    @Test
    void anAddedOrRemovedParagraphTakesANeighbourIntoTheReplacement() {
        assertEquals(new ParagraphPatch.Range(1, 2, 3), changed(List.of("a", "b"), List.of("a", "b", "c")));
        assertEquals(new ParagraphPatch.Range(1, 2, 3), changed(List.of("a", "c"), List.of("a", "b", "c")));
        assertEquals(new ParagraphPatch.Range(1, 3, 2), changed(List.of("a", "b", "c"), List.of("a", "c")));
        assertEquals(new ParagraphPatch.Range(0, 1, 2), changed(List.of("a"), List.of("b", "a")));
    }

    @Test
    void theAreaEndsEqualToTheNewDocumentAndKeepsTheParagraphsThatDidNotChange(FxRobot robot) {
        robot.interact(() -> {
            StyleClassedTextArea area = new StyleClassedTextArea();
            area.replace(0, 0, doc(area, "Hi Ann,\nyour city: Bend\nSee you", new SpanStyles.Styled(3, 6, "tok-value")));
            Paragraph<Collection<String>, String, Collection<String>> greeting = area.getParagraphs().get(0);
            Paragraph<Collection<String>, String, Collection<String>> closing = area.getParagraphs().get(2);

            var next = doc(area, "Hi Ann,\nyour city: Boulder, CO\nlast seen: today\nSee you",
                    new SpanStyles.Styled(3, 6, "tok-value"), new SpanStyles.Styled(19, 30, "risk-high"));
            ParagraphPatch.apply(area, next);

            assertEquals(next.getText(), area.getText());
            for (int i = 0; i < next.length(); i++) assertEquals(next.getStyleOfChar(i), area.getStyleOfChar(i), "style at " + i);
            assertSame(greeting, area.getParagraphs().get(0), "an unchanged paragraph keeps its nodes");
            assertSame(closing, area.getParagraphs().get(3), "an unchanged paragraph after the change keeps its nodes");
        });
    }

    @Test
    void thePreviewBuildsTheSameDocumentAnEditableAreaWouldHold(FxRobot robot) {
        robot.interact(() -> {
            StyleClassedTextArea area = new StyleClassedTextArea();
            String text = "Hi Ann,\n\nyour city: Bend\nSee you\n";
            // a risky span across a line break, a value inside it, styles touching both ends
            var ranges = List.of(new SpanStyles.Styled(0, 2, "tok-value"), new SpanStyles.Styled(5, 12, "risk-high"),
                    new SpanStyles.Styled(8, 10, "tok-value"), new SpanStyles.Styled(20, text.length(), "risk-low"));
            var editable = new org.fxmisc.richtext.model.SimpleEditableStyledDocument<Collection<String>, Collection<String>>(
                    area.getInitialParagraphStyle(), area.getInitialTextStyle());
            editable.replace(0, 0, org.fxmisc.richtext.model.ReadOnlyStyledDocument.fromString(text, area.getInitialParagraphStyle(),
                    area.getInitialTextStyle(), area.getSegOps()));
            editable.setStyleSpans(0, SpanStyles.build(text.length(), ranges));

            var built = MessagePreview.styled(area, text, ranges);

            assertEquals(editable.getText(), built.getText());
            assertEquals(editable.getParagraphs().size(), built.getParagraphs().size());
            for (int i = 0; i < text.length(); i++) assertEquals(editable.getStyleOfChar(i), built.getStyleOfChar(i), "style at " + i);
        });
    }

    private static org.fxmisc.richtext.model.StyledDocument<Collection<String>, String, Collection<String>> doc(
            StyleClassedTextArea area, String text, SpanStyles.Styled... ranges) {
        return MessagePreview.styled(area, text, List.of(ranges));
    }
}
