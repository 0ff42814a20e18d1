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

    List<Long> ids() { return ids; }
}
