package com.trustproof.export;

/** The one HTML escaper of the report: every user value goes through {@link #escape}. */
final class Html {
    private Html() {}

    /** Text safe in element content and in quoted attribute values; null becomes "". */
    static String escape(String value) {
        if (value == null) return "";
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            String replacement = switch (value.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(value.length() + 16).append(value, 0, i);
            }
            if (out != null) {
                if (replacement != null) out.append(replacement);
                else out.append(value.charAt(i));
            }
        }
        return out == null ? value : out.toString();
    }
}
