package com.trustproof.ui;

import com.trustproof.model.Finding;
import com.trustproof.model.MessageField;
import com.trustproof.model.Severity;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The marks are drawn where their characters are, however the text wraps, and nowhere else. */
@ExtendWith(ApplicationExtension.class)
class MarkedTextTest {
    private static final String TEXT = "Dear Ada, we saw you liked hiking last spring. Since you are a vegan, our new steakhouse will surprise you.";
    private MarkedText text;

    @Start
    void start(Stage stage) {
        text = new MarkedText();
        StackPane holder = new StackPane(text);
        holder.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        stage.setScene(new Scene(holder, 600, 200));
        stage.getScene().getStylesheets().add(TrustproofApp.stylesheet());
        stage.show();
    }

    private static int at(String word) { return TEXT.indexOf(word); }

    private static Finding finding(String word, Severity severity, String message) {
        return new Finding("rule." + severity.id(), severity, 1, MessageField.BODY, at(word), at(word) + word.length(), word, message, null);
    }

    @Test
    void marksFollowTheTextWhenItWrapsAnew(FxRobot robot) {
        var high = finding("steakhouse", Severity.HIGH, "contradicts the persona");
        robot.interact(() -> text.show(TEXT, List.of(
                new SpanStyles.Styled(at("Ada"), at("Ada") + 3, "tok-value"),
                new SpanStyles.Styled(high.start(), high.end(), "risk-high")), List.of(high)));
        WaitForAsyncUtils.waitForFxEvents();
        for (double width : new double[]{600, 180, 420}) {
            robot.interact(() -> text.setMaxWidth(width)); // the window keeps its size: Monocle cannot resize one
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                assertEquals(List.of("tok-value"), text.marksDrawnAt(at("Ada") + 1), "the value at width " + width);
                assertEquals(List.of("risk-high"), text.marksDrawnAt(at("steakhouse") + 9), "the risk's last letter at width " + width);
                assertEquals(List.of(), text.marksDrawnAt(at("hiking")), "unmarked text at width " + width);
            });
        }
        robot.interact(() -> assertTrue(text.boundsOf(at("steakhouse"), at("steakhouse") + 1).getMinY() > 0, "it did wrap at 180 px"));
    }

    @Test
    void aNewMessageRedrawsTheMarksAndClearsTheSelection(FxRobot robot) {
        robot.interact(() -> {
            text.show(TEXT, List.of(new SpanStyles.Styled(at("vegan"), at("vegan") + 5, "risk-medium")), List.of());
            text.select(0, 4);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            assertEquals("Dear", text.selectedText());
            text.show("Hello " + TEXT, List.of(new SpanStyles.Styled(0, 5, "tok-fallback")), List.of());
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            assertEquals("", text.selectedText());
            assertEquals(List.of("tok-fallback"), text.marksDrawnAt(2));
            assertEquals(List.of(), text.marksDrawnAt("Hello ".length() + at("vegan") + 1), "the old message's mark is gone");
        });
    }

    @Test
    void theHoverTellsTheMostSevereFindingOnTheCharacter(FxRobot robot) {
        var low = new Finding("casing", Severity.LOW, 1, MessageField.BODY, 0, 20, "", "low", null);
        var high = finding("Ada", Severity.HIGH, "high");
        robot.interact(() -> text.show(TEXT, List.of(), List.of(low, high)));
        robot.interact(() -> {
            assertEquals(high, text.findingAt(at("Ada")));
            assertEquals(low, text.findingAt(0));
            assertNull(text.findingAt(30));
        });
    }

    @Test
    void boxesAreTheRectanglesOfARangeShape() {
        var shape = new javafx.scene.shape.PathElement[]{
                new MoveTo(10, 0), new LineTo(50, 0), new LineTo(50, 18), new LineTo(10, 18), new LineTo(10, 0),
                new MoveTo(0, 18), new LineTo(30, 18), new LineTo(30, 36), new LineTo(0, 36), new LineTo(0, 18),
                new MoveTo(5, 40), new LineTo(5, 40)}; // an empty box (nothing on that line) is left out
        List<double[]> boxes = MarkedText.boxes(shape);
        assertEquals(2, boxes.size());
        assertEquals(List.of(10.0, 0.0, 50.0, 18.0), List.of(boxes.get(0)[0], boxes.get(0)[1], boxes.get(0)[2], boxes.get(0)[3]));
        assertEquals(List.of(0.0, 18.0, 30.0, 36.0), List.of(boxes.get(1)[0], boxes.get(1)[1], boxes.get(1)[2], boxes.get(1)[3]));
    }
}
