package com.trustproof.model;

import java.util.List;
import java.util.Locale;

/**
 * What the recipient list shows of a row and searches, sorts and filters by: the address, its
 * key (how addresses compare), the display name, the segments as "a;b" and the consent cell. Read
 * straight from the cells, with no {@link Recipient} built, and equal to what a Recipient gives.
 */
public record ShownFields(String email, String emailKey, String name, String segment, String consent) {

    /** Where the shown fields sit in a list's rows. A name given twice takes its last column, as {@link Recipient#get} does. */
    public record Columns(int email, int firstName, int lastName, int segment, int consent) {
        public static Columns of(List<String> columns) {
            return new Columns(columns.lastIndexOf(FieldNames.EMAIL), columns.lastIndexOf(FieldNames.FIRST_NAME),
                    columns.lastIndexOf(FieldNames.LAST_NAME), columns.lastIndexOf(FieldNames.SEGMENT),
                    columns.lastIndexOf(FieldNames.CONSENT));
        }

        public ShownFields fieldsOf(List<String> cells) {
            String email = emailOf(cells);
            return new ShownFields(email, emailKey(email), Recipient.displayName(cell(cells, firstName), cell(cells, lastName), email),
                    segments(cell(cells, segment)), orEmpty(cell(cells, consent)));
        }

        /** The row's address, stripped ("" when it has none). */
        public String emailOf(List<String> cells) { return orEmpty(cell(cells, email)); }

        private static String cell(List<String> cells, int at) { return at < 0 || at >= cells.size() ? null : cells.get(at); }

        private static String orEmpty(String text) { return text == null ? "" : text.strip(); }
    }

    /** How emails compare: case and surrounding space do not make a different address. */
    public static String emailKey(String email) {
        String stripped = email.strip();
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            // only then can lower-casing change it; the plain loop also keeps the locale-aware path out of the import's hot code
            if (c >= 'A' && c <= 'Z' || c >= 0x80) return stripped.toLowerCase(Locale.ROOT);
        }
        return stripped;
    }

    /** A segment cell as "a;b": its non-blank parts, stripped (as String.join(";", Recipient.segments())). */
    public static String segments(String raw) {
        if (Recipient.isMissing(raw)) return "";
        if (raw.indexOf(';') < 0) return raw.strip();
        return String.join(";", Recipient.parts(raw));
    }
}
