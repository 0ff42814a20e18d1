package com.trustproof.ui;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

/**
 * Runs review calls on a worker executor and hands results back on the UI thread. Tests pass
 * same-thread executors so view models run without a JavaFX toolkit; that is also why this uses a
 * plain FutureTask rather than javafx.concurrent.Task (whose state changes need the toolkit).
 * The worker must be single-threaded: a review session is used from one thread at a time.
 */
public final class Jobs {
    private final Executor worker;
    private final Executor uiThread;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(this, "running");
    private Consumer<Throwable> fallbackErrorHandler = Throwable::printStackTrace;

    public Jobs(Executor worker, Executor uiThread) {
        this.worker = worker;
        this.uiThread = uiThread;
    }

    /** Everything runs at once on the caller's thread (tests of view models). */
    public static Jobs sameThread() {
        Jobs jobs = new Jobs(Runnable::run, Runnable::run);
        jobs.sameThread = true;
        return jobs;
    }

    private boolean sameThread;

    /**
     * Jobs on a daemon thread of their own, results on the same UI thread: for long work that must
     * not hold up this worker. Same-thread jobs stay same-thread (tests).
     */
    public Jobs separate(String threadName) {
        if (sameThread) return this;
        Executor own = java.util.concurrent.Executors.newSingleThreadExecutor(work -> Thread.ofPlatform().name(threadName).daemon().unstarted(work));
        return new Jobs(own, uiThread);
    }

    /** Work on {@code worker}; results on the FX thread, directly when already there. */
    public static Jobs forFx(Executor worker) {
        return new Jobs(worker, task -> {
            if (Platform.isFxApplicationThread()) task.run(); else Platform.runLater(task);
        });
    }

    public Executor uiThread() { return uiThread; }

    /**
     * Progress for work on the worker, shown on the UI thread as a fraction 0..1 (-1 while the
     * total is unknown), at most once per percent: the UI thread must not drown in progress events.
     */
    public com.trustproof.app.Progress progressOnUi(java.util.function.DoubleConsumer show) {
        java.util.concurrent.atomic.AtomicLong lastPercent = new java.util.concurrent.atomic.AtomicLong(Long.MIN_VALUE);
        return (done, total) -> {
            long percent = total > 0 ? done * 100 / total : -1;
            if (lastPercent.getAndSet(percent) != percent) uiThread.execute(() -> show.accept(percent < 0 ? -1 : percent / 100.0));
        };
    }

    /** How many submitted jobs have not delivered their result yet (tests wait for 0). */
    public ReadOnlyIntegerProperty runningProperty() { return running.getReadOnlyProperty(); }

    /** Where failures go when the caller gave no handler of its own. */
    public void setFallbackErrorHandler(Consumer<Throwable> handler) { this.fallbackErrorHandler = handler; }

    public <T> Job submit(Callable<T> work, Consumer<? super T> onSuccess) {
        return submit(work, onSuccess, null);
    }

    /**
     * Runs {@code work} on the worker; then, on the UI thread, {@code onSuccess} or {@code onError}.
     * Cancelled work reports nothing.
     */
    public <T> Job submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
        running.set(running.get() + 1);
        FutureTask<T> task = new FutureTask<>(work) {
            @Override
            protected void done() {
                uiThread.execute(() -> {
                    // count the job as done before its callback: a callback may open a modal dialog
                    running.set(running.get() - 1);
                    deliver(this, onSuccess, onError);
                });
            }
        };
        try {
            worker.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // the worker is shut down: the window is closing and nobody waits for this result
            running.set(running.get() - 1);
        }
        return () -> task.cancel(true);
    }

    private <T> void deliver(FutureTask<T> task, Consumer<? super T> onSuccess, Consumer<Throwable> onError) {
        if (task.isCancelled()) return;
        T value;
        try {
            value = task.get();
        } catch (CancellationException e) {
            return;
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof CancellationException) return;
            (onError != null ? onError : fallbackErrorHandler).accept(cause);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        onSuccess.accept(value);
    }

    /** A handle to stop submitted work (its thread is interrupted). */
    @FunctionalInterface
    public interface Job {
        void cancel();
    }
}
