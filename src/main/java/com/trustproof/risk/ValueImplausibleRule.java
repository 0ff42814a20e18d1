package com.trustproof.risk;

import com.trustproof.model.Finding;

import java.util.List;

/** value.implausible: a name with digits, an @, a single letter or absurd length. */
final class ValueImplausibleRule extends MessageRule {
    private final int maxLength;

    ValueImplausibleRule(RuleSpec spec) {
        super(spec);
        this.maxLength = (int) spec.param("maxLength", 40);
    }

    @Override
    void check(MessageContext message, List<Finding> out) {
        ValueSpans.each(message, true, (field, span, value, raw) -> {
            String why = reason(value.strip());
            if (why != null) out.add(spec.finding(field, span.start(), span.end(), raw, "value", value.strip(), "reason", why));
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
