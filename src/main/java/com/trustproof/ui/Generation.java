package com.trustproof.ui;

/**
 * A counter that tells stale background results from current ones: take a ticket when a request
 * starts, and apply its result only if no newer request was started since.
 */
final class Generation {
    private long current;

    long next() { return ++current; }

    long current() { return current; }

    boolean isCurrent(long ticket) { return ticket == current; }
}
