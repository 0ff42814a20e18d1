package com.trustproof.risk;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * value.placeholder: a substituted value that is test or placeholder data ("fname", "[First Name]",
 * "N/A", "asdf") or merge syntax, so the reader sees the list's plumbing.
 */
final class ValuePlaceholderRule implements Rule {
    private final RuleSpec spec;
    private final Set<String> placeholders = new HashSet<>();

    ValuePlaceholderRule(RuleSpec spec) {
        this.spec = spec;
        for (String value : spec.list("values")) placeholders.add(key(value));
    }

    @Override public RuleSpec spec() { return spec; }

    @Override
    public RulePass begin(CampaignContext campaign) {
        // values repeat across a list (first names above all): judge each distinct value of a column once
        return new KeptValueFindings(false, (field, span, value, raw) ->
                isPlaceholder(value, span.field())
                        ? spec.finding(field, span.start(), span.end(), raw, "value", value.strip(), "field", span.field()) : null);
    }

    boolean isPlaceholder(String value, String field) {
        String trimmed = value.strip();
        if (trimmed.isEmpty()) return false;
        if (trimmed.contains("{{") || trimmed.contains("*|") || trimmed.contains("|*") || trimmed.contains("%%")
                || trimmed.contains("}}")) return true;
        String key = key(trimmed);
        if (key.isEmpty()) return true;   // only brackets and dashes: "-", "[]", "..."
        if (placeholders.contains(key)) return true;
        // the column's own name as its value: "First Name" in first_name
        return field != null && CanonicalNames.of(key).equals(field);
    }

    /** Lower case without surrounding brackets, quotes and punctuation. */
    static String key(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        int start = 0, end = v.length();
        while (start < end && "[]{}()<>\"'-_.*|%#/ ".indexOf(v.charAt(start)) >= 0) start++;
        while (end > start && "[]{}()<>\"'-_.*|%#/ ".indexOf(v.charAt(end - 1)) >= 0) end--;
        return v.substring(start, end);
    }
}
