package com.trustproof.risk;

import java.util.HashMap;
import java.util.Map;

/**
 * Results a check pass keeps by key, for values a list repeats (a few hundred first names,
 * interests or dates, a million times). Up to {@link #LIMIT} keys, so memory stays bounded when a
 * column is all distinct. One per pass, so per thread: not thread-safe.
 */
final class KeptResults<K, V> {
    static final int LIMIT = 4096;

    private final Map<K, V> kept = new HashMap<>();

    /** The kept result, or null. */
    V get(K key) { return kept.get(key); }

    /** Keeps {@code value} for {@code key} while there is room; returns it. */
    V keep(K key, V value) {
        if (kept.size() < LIMIT) kept.put(key, value);
        return value;
    }
}
