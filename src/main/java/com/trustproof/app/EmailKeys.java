package com.trustproof.app;

/**
 * The email keys an import has seen, as 64-bit hashes in an open-addressing table, each beside
 * the id of the first row that had it: 32 bytes a row instead of a String each, so a 2,000,000-row
 * list costs 64 MB, not 200. Hash and id share a slot (one cache miss a row, not two). A repeat
 * here is only a candidate (two addresses may share a hash); the review file confirms it by
 * comparing the keys themselves, which it reads from both rows.
 */
final class EmailKeys {
    /** Slot i is slots[2i] (the hash, 0 when empty) and slots[2i + 1] (the first row's id). */
    private long[] slots = new long[2 << 16];
    private int size;

    /** Adds the key of row {@code id} (ids start at 1); returns the id of the first row whose key had the same hash, or 0. */
    long add(String emailKey, long id) {
        long hash = Checker.hash64(emailKey, 0x2545F4914F6CDD1DL);
        if (hash == 0) hash = 1; // 0 marks an empty slot
        if (size * 4 >= slots.length) grow(); // at most half the slots in use
        long earlier = insert(slots, hash, id);
        if (earlier == 0) size++;
        return earlier;
    }

    private static long insert(long[] slots, long hash, long id) {
        int mask = slots.length / 2 - 1;
        for (int i = (int) hash & mask; ; i = (i + 1) & mask) {
            long found = slots[2 * i];
            if (found == hash) return slots[2 * i + 1];
            if (found == 0) {
                slots[2 * i] = hash;
                slots[2 * i + 1] = id;
                return 0;
            }
        }
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (int i = 0; i < slots.length; i += 2) {
            if (slots[i] != 0) insert(bigger, slots[i], slots[i + 1]);
        }
        slots = bigger;
    }

    int size() { return size; }
}
