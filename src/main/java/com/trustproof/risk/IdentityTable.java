package com.trustproof.risk;

/**
 * A few keys found by identity: for the handful of field and column names (interned constants) a
 * rule asks about once or more per message, a scan comparing references is cheaper than hashing,
 * indexing and comparing text in a map. Holds up to {@link #SIZE} entries; past that, {@link #get}
 * answers null and the caller asks its map as before. One per pass, so per thread: not thread-safe.
 */
final class IdentityTable<K, V> {
    static final int SIZE = 8;

    private final Object[] keys = new Object[SIZE];
    private final Object[] values = new Object[SIZE];
    private int size;

    /** The value put for this very key object, or null. */
    @SuppressWarnings("unchecked")
    V get(K key) {
        for (int i = 0; i < size; i++) if (keys[i] == key) return (V) values[i];
        return null;
    }

    /** Remembers {@code value} for this key object while there is room; returns it. */
    V put(K key, V value) {
        if (size < SIZE) {
            keys[size] = key;
            values[size++] = value;
        }
        return value;
    }
}
