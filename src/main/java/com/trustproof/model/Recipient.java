package com.trustproof.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One person on the list. {@code attributes} is keyed by {@link FieldNames#canonical} names, in
 * column order, and includes the known fields (email, first_name, segment, consent, ...).
 * Multi-valued cells keep their ';' separators; {@link #values} splits them.
 */
public record Recipient(long id, String email, Map<String, String> attributes) {
    public Recipient {
        // a Row is already an immutable map in column order: keep it rather than copy it
        if (!(attributes instanceof Row)) attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** The raw value of a field (any spelling), or null when the list has none. */
    public String get(String fieldName) {
        String value = attributes.get(fieldName);
        return value != null ? value : attributes.get(FieldNames.canonical(fieldName));
    }

    /** A value that is absent, empty or only white space counts as missing. */
    public static boolean isMissing(String value) {
        return value == null || value.isBlank();
    }

    public List<String> values(String fieldName) { return parts(get(fieldName)); }

    /** The non-blank parts of a "a; b;;c" cell, stripped (none for a missing cell). */
    public static List<String> parts(String raw) {
        List<String> out = new ArrayList<>();
        if (isMissing(raw)) return out;
        for (int from = 0; from <= raw.length(); ) { // indexOf, not split: split's regex path is slow to compile
            int end = raw.indexOf(';', from);
            if (end < 0) end = raw.length();
            String part = raw.substring(from, end).strip();
            if (!part.isEmpty()) out.add(part);
            from = end + 1;
        }
        return out;
    }

    public String firstName() { return get(FieldNames.FIRST_NAME); }

    public String lastName() { return get(FieldNames.LAST_NAME); }

    public List<String> segments() { return values(FieldNames.SEGMENT); }

    public String consent() { return get(FieldNames.CONSENT); }

    /** "Maria Lopez", or the email when no name is known. */
    public String displayName() { return displayName(firstName(), lastName(), email); }

    /** {@link #displayName()} from the raw cells (an import reads them without building a Recipient). */
    public static String displayName(String first, String last, String email) {
        String name = ((isMissing(first) ? "" : first.strip()) + " " + (isMissing(last) ? "" : last.strip())).strip();
        return name.isEmpty() ? email : name;
    }
}
