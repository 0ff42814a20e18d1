package com.trustproof.ui;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Runs only the last of a burst of requests (re-check while typing), after a quiet pause. */
public interface Debouncer {
    void request(Runnable action);

    /** No delay: tests and same-thread use. */
    static Debouncer immediate() { return Runnable::run; }

    /** Waits {@code quiet} after the last request, then runs it on {@code uiThread}. */
    static Debouncer after(Duration quiet, ScheduledExecutorService timer, Executor uiThread) {
        return new Debouncer() {
            private ScheduledFuture<?> pending;

            @Override
            public synchronized void request(Runnable action) {
                if (pending != null) pending.cancel(false);
                pending = timer.schedule(() -> uiThread.execute(action), quiet.toMillis(), TimeUnit.MILLISECONDS);
            }
        };
    }
}
