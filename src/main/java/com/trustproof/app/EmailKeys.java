package com.trustproof.app;

/**
 * The email keys an import has seen, as 64-bit hashes in an open-addressing table: 16 bytes a
 * row instead of a String each, so a 2,000,000-row list costs 32 MB, not 200. A repeat here is
 * only a candidate (two addresses may share a hash); the review file confirms it by comparing the
 * keys themselves.
 */
final class EmailKeys {
    private long[] slots = new long[1 << 16];
    private int size;

    /** Adds the key; false when its hash was seen before. */
    boolean add(String emailKey) {
        long hash = Checker.hash64(emailKey, 0x2545F4914F6CDD1DL);
        if (hash == 0) hash = 1; // 0 marks an empty slot
        if (size * 2 >= slots.length) grow();
        boolean added = insert(slots, hash);
        if (added) size++;
        return added;
    }

    private static boolean insert(long[] table, long hash) {
        int mask = table.length - 1;
        for (int i = (int) hash & mask; ; i = (i + 1) & mask) {
            if (table[i] == hash) return false;
            if (table[i] == 0) {
                table[i] = hash;
                return true;
            }
        }
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long hash : slots) {
            if (hash != 0) insert(bigger, hash);
        }
        slots = bigger;
    }

    int size() { return size; }
}
