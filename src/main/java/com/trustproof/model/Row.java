package com.trustproof.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * One list row as an immutable map from column name to cell, read as a {@link java.util.LinkedHashMap}
 * filled column by column would read (names in the order they first appear, a repeated name holding
 * its last cell, a missing cell ""), but built without copying: the names and where each one's cell
 * is are worked out once per list in {@link Columns}. {@link Recipient} keeps it as it is.
 */
public final class Row extends AbstractMap<String, String> {
    private final Columns columns;
    private final String[] values;

    public Row(Columns columns, List<String> cells) {
        this.columns = columns;
        this.values = new String[columns.names.length];
        for (int k = 0; k < values.length; k++) {
            int cell = columns.cellOf[k];
            values[k] = cell < cells.size() ? cells.get(cell) : "";
        }
    }

    /** A list's column names, distinct, in first-appearance order, with the cell each one reads. */
    public static final class Columns {
        private final List<String> source;
        private final String[] names;
        private final int[] cellOf;
        private final Map<String, Integer> position = new HashMap<>();

        public Columns(List<String> columnNames) {
            this.source = columnNames;
            List<String> distinct = new ArrayList<>();
            List<Integer> cells = new ArrayList<>();
            for (int i = 0; i < columnNames.size(); i++) {
                Integer known = position.get(columnNames.get(i));
                if (known != null) {
                    cells.set(known, i);   // a repeated name: the last cell wins
                } else {
                    position.put(columnNames.get(i), distinct.size());
                    distinct.add(columnNames.get(i));
                    cells.add(i);
                }
            }
            // interned, so a key spelled in code (FieldNames.EMAIL) is the very name: see get
            this.names = distinct.stream().map(String::intern).toArray(String[]::new);
            this.cellOf = cells.stream().mapToInt(Integer::intValue).toArray();
        }

        /** True when these are the columns of exactly this list object. */
        public boolean of(List<String> columnNames) { return source == columnNames; }
    }

    /** Up to this many columns, {@link #get} first looks for the key itself among the names. */
    private static final int SCANNED = 32;

    @Override
    public String get(Object key) {
        // rules ask for a few names a million times, mostly constants or interned canonical names:
        // finding the same string among a row's few names is cheaper than hashing and comparing text
        String[] names = columns.names;
        if (names.length <= SCANNED) {
            for (int k = 0; k < names.length; k++) if (names[k] == key) return values[k];
        }
        Integer k = columns.position.get(key);
        return k == null ? null : values[k];
    }

    @Override
    public boolean containsKey(Object key) { return columns.position.containsKey(key); }

    @Override
    public int size() { return values.length; }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() { return values.length; }

            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int k;

                    @Override
                    public boolean hasNext() { return k < values.length; }

                    @Override
                    public Entry<String, String> next() {
                        if (k >= values.length) throw new NoSuchElementException();
                        int at = k++;
                        return new SimpleImmutableEntry<>(columns.names[at], values[at]);
                    }
                };
            }
        };
    }
}
