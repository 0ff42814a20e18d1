package com.trustproof.risk;

/** value.implausible: a name with digits, an @, a single letter or absurd length. */
final class ValueImplausibleRule implements Rule {
    private final RuleSpec spec;
    private final int maxLength;

    ValueImplausibleRule(RuleSpec spec) {
        this.spec = spec;
        this.maxLength = (int) spec.param("maxLength", 40);
    }

    @Override public RuleSpec spec() { return spec; }

    @Override
    public RulePass begin(CampaignContext campaign) {
        return new KeptValueFindings(true, (field, span, value, raw) -> {
            String why = reason(value.strip());
            return why == null ? null : spec.finding(field, span.start(), span.end(), raw, "value", value.strip(), "reason", why);
        });
    }

    String reason(String name) {
        if (name.isEmpty()) return null;
        if (name.indexOf('@') >= 0) return "contains an @";
        for (int i = 0; i < name.length(); i++) {
            if (Character.isDigit(name.charAt(i))) return "contains digits";
        }
        int letters = 0;
        for (int i = 0; i < name.length(); i++) if (Character.isLetter(name.charAt(i))) letters++;
        if (letters == 1) return "is a single letter";
        if (name.length() > maxLength) return "is " + name.length() + " characters long";
        return null;
    }
}
