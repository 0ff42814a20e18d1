package com.trustproof.risk;

import com.trustproof.model.Finding;
import com.trustproof.model.MessageField;
import com.trustproof.render.TokenSpan;

import java.util.Arrays;
import java.util.List;

/**
 * The findings of a value rule whose verdict and wording depend on the substituted value and its
 * column alone (not on where the value sits): judged once per distinct value of a column, then
 * placed on each span. A list repeats its names a million times; the judging and the message
 * filling run a few thousand. Kept by the pass's {@link ValueIds} number of the value, so a kept
 * finding costs an array read. It is the rule's pass: one per pass, so per thread.
 */
final class KeptValueFindings implements RulePass, ValueSpans.NumberedVisitor {
    /** The finding for a value of a column (placed on {@code field}, any span), or null when there is none. */
    @FunctionalInterface
    interface Judge {
        Finding judge(MessageField field, TokenSpan span, String value, String raw);
    }

    /** Kept for a value that has no finding (null in {@link #byId} means not judged yet). */
    private static final Finding NO_FINDING = new Finding("", null, 0, null, 0, 0, "", "", "");

    private final Judge judge;
    private final boolean namesOnly;
    private Finding[] byId = new Finding[64];

    KeptValueFindings(boolean namesOnly, Judge judge) {
        this.namesOnly = namesOnly;
        this.judge = judge;
    }

    /** The findings of the message being checked, while {@link #check} visits its values (the pass is its own visitor: no lambda a message). */
    private List<Finding> out;

    /** Adds the findings on this message's values (the raw span text decides the value, entities and all). */
    @Override
    public void check(MessageContext message, List<Finding> out) {
        this.out = out;
        ValueSpans.each(message, namesOnly, this);
        this.out = null;
    }

    @Override
    public void visit(MessageField field, TokenSpan span, String value, String raw, int id) {
        Finding found = id == ValueIds.NONE ? null : kept(id);
        if (found == null) {
            Finding judged = judge.judge(field, span, value, raw);
            found = judged == null ? NO_FINDING : judged;
            if (id != ValueIds.NONE) byId[id] = found;
        }
        if (found != NO_FINDING) out.add(placed(found, field, span));
    }

    private Finding kept(int id) {
        if (id >= byId.length) byId = Arrays.copyOf(byId, Math.max(id + 1, 2 * byId.length));
        return byId[id];
    }

    private static Finding placed(Finding f, MessageField field, TokenSpan span) {
        return new Finding(f.rule(), f.severity(), f.confidence(), field, span.start(), span.end(), f.text(), f.message(), f.suggestion());
    }
}
