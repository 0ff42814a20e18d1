package com.trustproof.ui;

import com.trustproof.model.ReviewCounts;
import javafx.animation.PauseTransition;
import javafx.scene.control.Label;
import javafx.util.Duration;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import org.controlsfx.control.StatusBar;

/** The status bar: review counts on the right, the file and background work on the left. */
final class StatusLine extends StatusBar {
    private final Label total = count("count-total");
    private final Label pending = count("count-pending");
    private final Label approved = count("count-approved");
    private final Label rejected = count("count-rejected");
    private final Label high = count("count-high");

    StatusLine(ReviewViewModel vm) {
        setId("status-bar");
        setText(vm.review().file() == null ? "" : vm.review().file().getFileName().toString());
        high.getStyleClass().add("sev-text-high");
        approved.getStyleClass().add("status-approved");
        rejected.getStyleClass().add("status-rejected");
        getRightItems().addAll(total, sep(), pending, sep(), approved, sep(), rejected, sep(), high);
        vm.countsProperty().addListener((o, was, now) -> show(now));
        show(vm.countsProperty().get());
        // an indeterminate bar once background work has run for a moment; quick jobs (every J/K) show
        // nothing, so moving through the list does not keep an animation repainting the window
        PauseTransition patience = new PauseTransition(Duration.millis(400));
        patience.setOnFinished(e -> {
            if (vm.jobs().runningProperty().get() > 0) setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        });
        vm.jobs().runningProperty().addListener((o, was, now) -> {
            if (now.intValue() > 0 && was.intValue() == 0) patience.playFromStart();
            if (now.intValue() == 0) {
                patience.stop();
                setProgress(0);
            }
        });
    }

    private void show(ReviewCounts c) {
        total.setText(String.format("%,d total", c.total()));
        pending.setText(String.format("%,d pending", c.pending()));
        approved.setText(String.format("%,d approved", c.approved()));
        rejected.setText(String.format("%,d rejected", c.rejected()));
        // while a large import is still being checked, a count of high findings would mislead
        high.setText(c.unchecked() > 0 ? String.format("%,d high so far", c.high()) : String.format("%,d high", c.high()));
    }

    private static Label count(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("count");
        return l;
    }

    private static Separator sep() { return new Separator(Orientation.VERTICAL); }
}
