package com.trustproof.risk;

import java.util.HashMap;
import java.util.Map;

/**
 * A small number for each distinct value of a column that a pass has seen in a message, so the
 * value rules can keep their verdicts in arrays: a message's values are looked up here once and
 * each rule then reads its slot, instead of every rule hashing every value in maps of its own.
 * Up to {@link KeptResults#LIMIT} values per column, as the rules kept before; past that a value
 * has no number and is judged afresh. One per pass, so per thread: not thread-safe.
 */
final class ValueIds {
    static final int NONE = -1;

    private final Map<String, Map<String, Integer>> byColumn = new HashMap<>();
    /** The columns' maps by the column name object: a span's column is one of the template's few interned names. */
    private final IdentityTable<String, Map<String, Integer>> byColumnName = new IdentityTable<>();
    private int next;

    /** The number of this span text in this column, or {@link #NONE} when the column has no room left. */
    int of(String column, String raw) {
        Map<String, Integer> ids = byColumnName.get(column);
        if (ids == null) ids = byColumnName.put(column, byColumn.computeIfAbsent(column, c -> new HashMap<>()));
        Integer id = ids.get(raw);
        if (id != null) return id;
        if (ids.size() >= KeptResults.LIMIT) return NONE;
        ids.put(raw, next);
        return next++;
    }
}
