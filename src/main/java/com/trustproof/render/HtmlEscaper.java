package com.trustproof.render;

/** Escapes the five characters that could turn an inserted value into markup. */
final class HtmlEscaper {
    private HtmlEscaper() {}

    /** The text escaped; the same instance when nothing needs escaping (the common case). */
    static String escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (entity(text.charAt(i)) != null) {
                StringBuilder out = new StringBuilder(text.length() + 16);
                appendEscaped(out, text);
                return out.toString();
            }
        }
        return text;
    }

    private static void appendEscaped(StringBuilder out, String text) {
        int length = text.length();
        int copiedUpTo = 0;
        for (int i = 0; i < length; i++) {
            String entity = entity(text.charAt(i));
            if (entity != null) {
                out.append(text, copiedUpTo, i).append(entity);
                copiedUpTo = i + 1;
            }
        }
        out.append(text, copiedUpTo, length);
    }

    private static String entity(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
        };
    }
}
