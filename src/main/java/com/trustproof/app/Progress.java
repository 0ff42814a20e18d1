package com.trustproof.app;

/**
 * Progress of long work (import, re-check, export). {@code total} is -1 when unknown.
 * Work stops with a {@link java.util.concurrent.CancellationException} when its thread is
 * interrupted, and then leaves the review file as it was.
 */
@FunctionalInterface
public interface Progress {
    Progress NONE = (done, total) -> {};

    void update(long done, long total);
}
