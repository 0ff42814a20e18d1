package com.trustproof.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keyset pagination for a list that is read by row position: after each page we remember the
 * sort key of its last row, so the next page starts from that key through the index instead of
 * counting past every earlier row with OFFSET. Any write forgets everything (membership and
 * order may have changed).
 */
final class PageAnchors {
    private static final int QUERIES = 16;
    private static final int ANCHORS_PER_QUERY = 20_000;

    /** Position {@code offset} in the list starts right after the row with sort key {@code key}. */
    record Anchor(long offset, Object[] key) {}

    private final Map<String, TreeMap<Long, Object[]>> byQuery = new LinkedHashMap<>(QUERIES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TreeMap<Long, Object[]>> eldest) {
            return size() > QUERIES;
        }
    };

    Anchor nearest(String query, long offset) {
        TreeMap<Long, Object[]> anchors = byQuery.get(query);
        if (anchors == null) return null;
        Map.Entry<Long, Object[]> floor = anchors.floorEntry(offset);
        return floor == null ? null : new Anchor(floor.getKey(), floor.getValue());
    }

    void remember(String query, long offset, Object[] key) {
        TreeMap<Long, Object[]> anchors = byQuery.computeIfAbsent(query, q -> new TreeMap<>());
        if (anchors.size() < ANCHORS_PER_QUERY) anchors.put(offset, key);
    }

    void clear() { byQuery.clear(); }
}
