package com.trustproof.export;

/**
 * Neutralizes CSV ("formula") injection as OWASP recommends: a cell that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, tab or carriage return would be run as a formula by Excel,
 * LibreOffice or Google Sheets, so it gets a leading single quote {@code '}, which makes the
 * spreadsheet show the cell as text. Quoting of commas, quotes and line breaks is commons-csv's job.
 *
 * <p>Trade-offs, chosen deliberately: the rule applies to every cell, including harmless ones such
 * as {@code -2} or {@code +44 20...}, because a formula like {@code -2+3+cmd|'/C calc'!A0} starts
 * the same way; and the quote is not reversible (a value that already started with {@code '} is
 * left as it is), so an importer sees {@code '=A1} rather than {@code =A1}. Mailing tools treat the
 * cell as plain text either way.
 */
public final class FormulaGuard {
    private FormulaGuard() {}

    /** The value as it may go into a cell; null becomes the empty string. */
    public static String neutralize(String value) {
        if (value == null || value.isEmpty()) return "";
        return isFormulaStart(value.charAt(0)) ? "'" + value : value;
    }

    /** True when a cell starting with {@code c} would be taken for a formula. */
    public static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
