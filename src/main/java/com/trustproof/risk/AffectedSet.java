package com.trustproof.risk;

import java.util.ArrayList;
import java.util.List;

/** Counts recipients and remembers their ids up to a cap, so a million-row list stays small. */
final class AffectedSet {
    static final int ID_CAP = 10_000;

    private long count;
    private final List<Long> ids = new ArrayList<>();

    void add(long id) {
        count++;
        if (ids.size() < ID_CAP) ids.add(id);
    }

    long count() { return count; }

    /**
     * Adds the recipients another pass counted, as if this pass had counted them too. Both passes
     * saw ids in ascending (list) order, so a merge of the two id lists keeps exactly the first
     * {@link #ID_CAP} a single pass would have kept.
     */
    void absorb(AffectedSet other) {
        count += other.count;
        List<Long> merged = new ArrayList<>(Math.min(ID_CAP, ids.size() + other.ids.size()));
        int a = 0, b = 0;
        while (merged.size() < ID_CAP && (a < ids.size() || b < other.ids.size())) {
            boolean takeOwn = b == other.ids.size() || (a < ids.size() && ids.get(a) <= other.ids.get(b));
            merged.add(takeOwn ? ids.get(a++) : other.ids.get(b++));
        }
        ids.clear();
        ids.addAll(merged);
    }

    List<Long> ids() { return ids; }
}
