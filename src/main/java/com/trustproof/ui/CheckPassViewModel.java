package com.trustproof.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * The check pass a large import leaves for later, run while the reviewer already works: on its own
 * thread and connection, so paging and previews never queue behind it. Progress is 0..1.
 */
public final class CheckPassViewModel {
    private final ReviewService review;
    private final Jobs window;
    private final Jobs pass;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");

    /** {@code pass} runs the check; {@code window} is the worker that serves the window (it refreshes after). */
    public CheckPassViewModel(ReviewService review, Jobs window, Jobs pass) {
        this.review = review;
        this.window = window;
        this.pass = pass;
    }

    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    /** Starts the pass when one is pending; {@code whenDone} gets how many decisions went back to pending. */
    public void startIfPending(LongConsumer whenDone, Consumer<String> whenFailed) {
        window.submit(review::checksPending, pending -> {
            if (pending && !running.get()) run(whenDone, whenFailed);
        });
    }

    private void run(LongConsumer whenDone, Consumer<String> whenFailed) {
        running.set(true);
        progress.set(0);
        pass.submit(() -> review.completeChecks(pass.progressOnUi(progress::set)),
                reset -> window.submit(() -> { review.refresh(); return reset; }, done -> {
            running.set(false);
            progress.set(1);
            whenDone.accept(done);
        }), error -> {
            running.set(false);
            whenFailed.accept("Checking the messages stopped: " + ReviewViewModel.describe(error));
        });
    }
}
