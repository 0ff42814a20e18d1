package com.trustproof.risk;

import com.trustproof.model.Finding;
import com.trustproof.model.MessageField;
import com.trustproof.render.TokenSpan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The findings of a value rule whose verdict and wording depend on the substituted value and its
 * column alone (not on where the value sits): judged once per distinct value of a column, then
 * placed on each span. A list repeats its names a million times; the judging and the message
 * filling run a few thousand. One per pass, so per thread.
 */
final class KeptValueFindings {
    /** The finding for a value of a column (placed on {@code field}, any span), or null when there is none. */
    @FunctionalInterface
    interface Judge {
        Finding judge(MessageField field, TokenSpan span, String value, String raw);
    }

    private final Judge judge;
    private final boolean namesOnly;
    private final Map<String, KeptResults<String, Optional<Finding>>> byColumn = new HashMap<>();

    KeptValueFindings(boolean namesOnly, Judge judge) {
        this.namesOnly = namesOnly;
        this.judge = judge;
    }

    /** Adds the findings on this message's values (the raw span text decides the value, entities and all). */
    void check(MessageContext message, List<Finding> out) {
        ValueSpans.each(message, namesOnly, (field, span, value, raw) -> {
            KeptResults<String, Optional<Finding>> kept = byColumn.computeIfAbsent(span.field(), column -> new KeptResults<>());
            Optional<Finding> found = kept.get(raw);
            if (found == null) found = kept.keep(raw, Optional.ofNullable(judge.judge(field, span, value, raw)));
            if (found.isPresent()) out.add(placed(found.get(), field, span));
        });
    }

    private static Finding placed(Finding f, MessageField field, TokenSpan span) {
        return new Finding(f.rule(), f.severity(), f.confidence(), field, span.start(), span.end(), f.text(), f.message(), f.suggestion());
    }
}
