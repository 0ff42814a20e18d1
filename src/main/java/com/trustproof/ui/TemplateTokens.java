package com.trustproof.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds merge tokens in template text for colouring, and writes the "add a fallback" quick fix.
 * This is only about looks and edits; what a token means is the render engine's business.
 */
public final class TemplateTokens {
    /** Liquid/Handlebars/HubL/Braze, Mailchimp, AMPscript and Mautic, in that order. */
    private static final Pattern TOKEN = Pattern.compile(
            "\\{\\{.*?}}|\\*\\|[^|\\n]*\\|\\*|%%[^%\\s]+%%|\\{contactfield=[^}\\n]*}");
    private static final Pattern MAILCHIMP = Pattern.compile("\\*\\|([A-Za-z0-9_]+)\\|\\*");
    public static final String DEFAULT_FALLBACK = "there";

    private TemplateTokens() {}

    public record Range(int start, int end) {}

    public static List<Range> find(String text) {
        List<Range> ranges = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) ranges.add(new Range(m.start(), m.end()));
        return ranges;
    }

    /**
     * The token with a fallback added, or empty when its syntax has no inline fallback
     * (AMPscript) or it already has one.
     */
    public static Optional<String> withFallback(String token, String fallback) {
        String t = token.strip();
        if (t.startsWith("{{") && t.endsWith("}}")) {
            String inner = t.substring(2, t.length() - 2).strip();
            if (inner.contains("|") || inner.startsWith("defaultIfEmpty")) return Optional.empty();
            // HubL spells its filter as a call; everyone else uses the Liquid form
            String filter = inner.startsWith("contact.")
                    ? "|default('" + fallback + "')"
                    : " | default: \"" + fallback + "\"";
            return Optional.of("{{ " + inner + filter + " }}");
        }
        if (t.startsWith("{contactfield=") && t.endsWith("}")) {
            if (t.contains("|")) return Optional.empty();
            return Optional.of(t.substring(0, t.length() - 1) + "|" + fallback + "}");
        }
        Matcher mc = MAILCHIMP.matcher(t);
        if (mc.matches() && !mc.group(1).contains(":")) {
            String tag = mc.group(1);
            return Optional.of("*|IF:" + tag + "|*" + t + "*|ELSE:|*" + fallback + "*|END:IF|*");
        }
        return Optional.empty();
    }

    /** {@code template} with the token at [start, end) given a fallback, or empty. */
    public static Optional<String> addFallback(String template, int start, int end, String fallback) {
        if (start < 0 || end > template.length() || start >= end) return Optional.empty();
        return withFallback(template.substring(start, end), fallback)
                .map(fixed -> template.substring(0, start) + fixed + template.substring(end));
    }
}
