package com.trustproof.export;

import java.util.Iterator;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The approved sends to export, pushed one at a time so a store can stream them straight from a
 * database cursor without collecting them. {@code forEach} may be called once only.
 * An exception thrown by the sink (cancellation, I/O failure) must be let through.
 */
@FunctionalInterface
public interface SendSource {
    void forEach(Consumer<ApprovedSend> sink);

    static SendSource of(Iterable<ApprovedSend> sends) {
        Objects.requireNonNull(sends, "sends");
        return sends::forEach;
    }

    static SendSource of(Iterator<ApprovedSend> sends) {
        Objects.requireNonNull(sends, "sends");
        return sends::forEachRemaining;
    }
}
