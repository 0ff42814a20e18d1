package com.trustproof.ui;

import com.trustproof.app.RecipientDetail;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** J swaps in the copy built ahead only for the very detail it was built for, and not under the focus. */
@ExtendWith(ApplicationExtension.class)
class BuiltAheadTest {
    private final FakeReviewService review = new FakeReviewService(10);
    private BuiltAhead<TextField> view;
    private int fills;

    @Start
    void start(Stage stage) {
        view = new BuiltAhead<>(TextField::new, (field, detail) -> {
            fills++;
            field.setText(detail == null ? "" : detail.recipient().email());
        });
        TextField elsewhere = new TextField(); // the focus is here, as it is on the list when J is pressed
        stage.setScene(new Scene(new VBox(view, elsewhere)));
        stage.show();
        elsewhere.requestFocus();
    }

    @Test
    void theDetailBuiltAheadIsSwappedInWithoutFillingAgain(FxRobot robot) {
        RecipientDetail first = review.detail(1);
        RecipientDetail next = review.detail(2);
        robot.interact(() -> {
            view.show(first);
            TextField shown = view.shown();
            view.prepare(next);
            assertEquals(first.recipient().email(), shown.getText(), "built in the hidden copy");
            int filled = fills;
            view.show(next);
            assertEquals(filled, fills, "swapped, not filled");
            assertNotSame(shown, view.shown());
            assertEquals(next.recipient().email(), view.shown().getText());
            assertTrue(view.shown().isVisible());
            assertFalse(shown.isVisible());
            view.show(first);
            assertSame(shown, view.shown(), "the one left is kept for going back");
            assertEquals(filled, fills);
        });
    }

    @Test
    void anotherDetailOfTheSameRecipientIsFilledIn(FxRobot robot) {
        robot.interact(() -> {
            view.show(review.detail(1));
            TextField shown = view.shown();
            view.prepare(review.detail(2));
            view.show(review.detail(2)); // read anew, as after a decision: the copy built ahead may be outdated
            assertSame(shown, view.shown());
            assertEquals(review.detail(2).recipient().email(), shown.getText());
        });
    }

    @Test
    void aForgottenCopyIsNotSwappedIn(FxRobot robot) {
        RecipientDetail next = review.detail(2);
        robot.interact(() -> {
            view.show(review.detail(1));
            TextField shown = view.shown();
            view.prepare(next);
            view.forgetStandby(); // built from something that changed since
            view.show(next);
            assertSame(shown, view.shown());
        });
    }

    @Test
    void theCopyHoldingTheFocusIsNotHidden(FxRobot robot) {
        RecipientDetail next = review.detail(2);
        robot.interact(() -> {
            view.show(review.detail(1));
            view.shown().requestFocus();
        });
        robot.interact(() -> {
            TextField shown = view.shown();
            assertTrue(shown.isFocused());
            view.prepare(next);
            view.show(next);
            assertSame(shown, view.shown());
            assertEquals(next.recipient().email(), shown.getText());
        });
    }
}
