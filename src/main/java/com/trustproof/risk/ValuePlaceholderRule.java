package com.trustproof.risk;

import com.trustproof.model.FieldNames;
import com.trustproof.model.Finding;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        return new RulePass() {
            // values repeat across a list (first names above all): judge each distinct value of a field once
            private final Map<String, KeptResults<String, Boolean>> verdicts = new HashMap<>();

            @Override
            public void check(MessageContext message, List<Finding> out) {
                ValueSpans.each(message, false, (field, span, value, raw) -> {
                    KeptResults<String, Boolean> byValue = verdicts.computeIfAbsent(span.field(), f -> new KeptResults<>());
                    Boolean known = byValue.get(value);
                    boolean placeholder = known != null ? known : byValue.keep(value, isPlaceholder(value, span.field()));
                    if (placeholder) {
                        out.add(spec.finding(field, span.start(), span.end(), raw, "value", value.strip(), "field", span.field()));
                    }
                });
            }
        };
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
