package com.trustproof.risk;

import java.util.Locale;

/** value.casing: a name in ALL CAPS or all lower case ("Hi JOHN"); suggests the usual casing. */
final class ValueCasingRule implements Rule {
    private final RuleSpec spec;

    ValueCasingRule(RuleSpec spec) { this.spec = spec; }

    @Override public RuleSpec spec() { return spec; }

    @Override
    public RulePass begin(CampaignContext campaign) {
        return new KeptValueFindings(true, (field, span, value, raw) -> {
            String casing = casing(value);
            return casing == null ? null : spec.finding(field, span.start(), span.end(), raw, "value", value.strip(),
                    "casing", casing, "fixed", titleCase(value.strip()));
        });
    }

    /** "ALL CAPS", "all lower case", or null when mixed (or too short to tell). */
    static String casing(String value) {
        int letters = 0, upper = 0, lower = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!Character.isLetter(c)) continue;
            letters++;
            if (Character.isUpperCase(c)) upper++;
            else if (Character.isLowerCase(c)) lower++;
        }
        if (letters < 2 || upper + lower < letters) return null;   // scripts without case: leave alone
        if (upper == letters) return "ALL CAPS";
        if (lower == letters) return "all lower case";
        return null;
    }

    /** "mary-ann o'neil" → "Mary-Ann O'Neil" */
    static String titleCase(String value) {
        StringBuilder out = new StringBuilder(value.length());
        boolean startOfWord = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            out.append(startOfWord ? Character.toUpperCase(c) : Character.toLowerCase(c));
            startOfWord = !Character.isLetter(c);
        }
        return out.toString().toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT)) ? out.toString() : value;
    }
}
