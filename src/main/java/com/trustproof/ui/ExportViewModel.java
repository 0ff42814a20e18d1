package com.trustproof.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/** Export of the approved sends with progress (0..1, or -1 while unknown) and cancel. */
public final class ExportViewModel {
    private final ReviewService review;
    private final Jobs jobs;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private Jobs.Job job;

    public ExportViewModel(ReviewService review, Jobs jobs) {
        this.review = review;
        this.jobs = jobs;
    }

    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    public void export(Path out, LongConsumer whenWritten, Consumer<String> whenFailed) {
        if (running.get()) return;
        running.set(true);
        progress.set(-1);
        job = jobs.submit(() -> review.exportApproved(out, jobs.progressOnUi(fraction -> {
            if (running.get()) progress.set(fraction); // a late update must not revive a cancelled bar
        })), rows -> {
            running.set(false);
            progress.set(1);
            whenWritten.accept(rows);
        }, error -> {
            running.set(false);
            progress.set(0);
            whenFailed.accept(ReviewViewModel.describe(error));
        });
    }

    /** Stops the export; the session leaves no partial file behind. */
    public void cancel() {
        if (job != null && running.get()) {
            job.cancel();
            running.set(false);
            progress.set(0);
        }
    }
}
