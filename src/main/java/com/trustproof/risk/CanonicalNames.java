package com.trustproof.risk;

import com.trustproof.model.FieldNames;

import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link FieldNames#canonical} remembered: rules canonicalize the same few names and statuses
 * ("subscribed", "trail-runners") for every recipient. Bounded, so odd values cannot grow it.
 */
final class CanonicalNames {
    private static final int MAX = 16_384;
    private static final ConcurrentHashMap<String, String> KNOWN = new ConcurrentHashMap<>();

    private CanonicalNames() {}

    static String of(String raw) {
        if (raw == null) return "";
        String known = KNOWN.get(raw);
        if (known != null) return known;
        // interned: a row finds its own (interned) column name by identity, see Row.get
        String canonical = FieldNames.canonical(raw).intern();
        if (KNOWN.size() < MAX) KNOWN.put(raw, canonical);
        return canonical;
    }
}
