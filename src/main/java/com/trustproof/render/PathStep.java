package com.trustproof.render;

import com.trustproof.model.MessageField;

/**
 * One decision on a rendering path, for showing what a variant group has in common: the tag at
 * [start, end) of a field's template and what happened there. For a conditional, {@code branch}
 * is the branch taken (0 = first, -1 = else) and {@code tokenSource} is null; for a token,
 * {@code branch} is -1 and {@code tokenSource} says where its text came from.
 */
public record PathStep(MessageField field, int start, int end, String source, int branch, TokenSpan.Source tokenSource) {

    public boolean isConditional() { return tokenSource == null; }

    /** "took the ELSE branch", "took branch 2", "used the fallback", ... for a marketer to read. */
    public String describe() {
        if (isConditional()) return branch < 0 ? "took the ELSE branch" : "took branch " + (branch + 1);
        return switch (tokenSource) {
            case VALUE -> "used the recipient's value";
            case FALLBACK -> "used the fallback";
            case MISSING -> "was left empty";
        };
    }
}
