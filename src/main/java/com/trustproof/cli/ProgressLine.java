package com.trustproof.cli;

import com.trustproof.app.Progress;

import java.io.PrintWriter;

/** A "\r123,456 rows (98,000/s)" line on a terminal; silent when output is piped. */
final class ProgressLine implements Progress {
    private final PrintWriter err;
    private final String unit;
    private final boolean terminal = System.console() != null;
    private final long started = System.nanoTime();
    private boolean shown;

    ProgressLine(PrintWriter err, String unit) {
        this.err = err;
        this.unit = unit;
    }

    @Override
    public void update(long done, long total) {
        if (!terminal) return;
        double seconds = seconds();
        err.printf("\r%,d %s (%,.0f/s)   ", done, unit, seconds > 0 ? done / seconds : 0);
        err.flush();
        shown = true;
    }

    void done() {
        if (shown) {
            err.print("\r" + " ".repeat(60) + "\r");
            err.flush();
        }
    }

    double seconds() { return (System.nanoTime() - started) / 1e9; }
}
