package com.trustproof.render;

import java.util.Locale;

/**
 * The harmless text filters a merge token may apply to its value: case changes and trimming.
 * Names cover Liquid (upcase), HubL/Jinja (upper, title, trim), Klaviyo/Django (capfirst) and
 * Mailchimp's UPPER:/LOWER:/TITLE: prefixes.
 */
enum TextFilter {
    UPPER, LOWER, CAPITALIZE, CAPFIRST, TITLE, STRIP, LSTRIP, RSTRIP;

    /** The filter for a name as written in a template, or null when it is not a known filter. */
    static TextFilter byName(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "upcase", "upper", "uppercase" -> UPPER;
            case "downcase", "lower", "lowercase" -> LOWER;
            case "capitalize" -> CAPITALIZE;
            case "capfirst" -> CAPFIRST;
            case "title", "titlecase" -> TITLE;
            case "strip", "trim" -> STRIP;
            case "lstrip" -> LSTRIP;
            case "rstrip" -> RSTRIP;
            default -> null;
        };
    }

    String apply(String text) {
        return switch (this) {
            case UPPER -> text.toUpperCase(Locale.ROOT);
            case LOWER -> text.toLowerCase(Locale.ROOT);
            case CAPITALIZE -> text.isEmpty() ? text
                    : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1).toLowerCase(Locale.ROOT);
            case CAPFIRST -> text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
            case TITLE -> titleCase(text);
            case STRIP -> text.strip();
            case LSTRIP -> text.stripLeading();
            case RSTRIP -> text.stripTrailing();
        };
    }

    static String applyAll(TextFilter[] filters, int from, String text) {
        for (int i = from; i < filters.length; i++) text = filters[i].apply(text);
        return text;
    }

    private static String titleCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean wordStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(wordStart ? Character.toUpperCase(c) : Character.toLowerCase(c));
            // a new word starts after white space or a hyphen ("mary-jane" -> "Mary-Jane")
            wordStart = Character.isWhitespace(c) || c == '-';
        }
        return out.toString();
    }
}
