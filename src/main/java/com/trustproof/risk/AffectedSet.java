package com.trustproof.risk;

import java.util.Arrays;
import java.util.List;

/** Counts recipients and remembers their ids up to a cap, so a million-row list stays small. */
final class AffectedSet {
    static final int ID_CAP = 10_000;

    private long count;
    private int size;
    /**
     * The first ids, plus one spare slot past the cap that later ids overwrite: adding has no
     * branch on the cap, whose outcome flips once per pass (the JIT would compile every caller
     * again when it flipped).
     */
    private long[] ids = new long[16];

    void add(long id) {
        count++;
        int at = Math.min(size, ID_CAP);
        if (at == ids.length) ids = Arrays.copyOf(ids, Math.min(ID_CAP + 1, 2 * ids.length));
        ids[at] = id;
        size = Math.min(size + 1, ID_CAP);
    }

    long count() { return count; }

    /**
     * Adds the recipients another pass counted, as if this pass had counted them too. Both passes
     * saw ids in ascending (list) order, so a merge of the two id lists keeps exactly the first
     * {@link #ID_CAP} a single pass would have kept.
     */
    void absorb(AffectedSet other) {
        count += other.count;
        long[] merged = new long[ID_CAP + 1];
        int n = 0, a = 0, b = 0;
        while (n < ID_CAP && (a < size || b < other.size)) {
            boolean takeOwn = b == other.size || (a < size && ids[a] <= other.ids[b]);
            merged[n++] = takeOwn ? ids[a++] : other.ids[b++];
        }
        ids = merged;
        size = n;
    }

    List<Long> ids() { return Arrays.stream(ids, 0, size).boxed().toList(); }
}
