package com.trustproof.risk;

import com.trustproof.model.Assumption;
import com.trustproof.model.Recipient;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * {@link Traits} verdicts kept per distinct persona value: a list repeats a few hundred interest
 * cells a million times, and assumption.mismatch and segment.too-broad ask about each of them for
 * every recipient. A verdict depends on one cell only (a trait with several attributes is judged
 * afresh each time). One per check pass, so per thread.
 */
final class TraitVerdicts {
    private final Map<Object, Question> byQuestion = new IdentityHashMap<>();

    /**
     * One question's verdicts by cell, and the last one given: assumption.mismatch and
     * segment.too-broad ask the same questions about the same recipient one after the other, so
     * the second finds the very cell string it was asked about and needs no lookup.
     */
    private static final class Question {
        final KeptResults<String, Traits.Verdict> byCell = new KeptResults<>();
        /** The canonical name of the cell a declared assumption reads, worked out once per question. */
        String cellName;
        String lastCell;
        Traits.Verdict lastVerdict;
    }

    Traits.Verdict check(Recipient recipient, Traits.Trait trait) {
        if (trait.attributes().size() != 1) return Traits.check(recipient, trait);
        String cell = recipient.attributes().get(trait.attributes().get(0));
        Question question = byQuestion.computeIfAbsent(trait, t -> new Question());
        if (question.lastVerdict != null && question.lastCell == cell) return question.lastVerdict;
        Traits.Verdict known = question.byCell.get(cell);
        return remember(question, cell, known != null ? known : question.byCell.keep(cell, Traits.check(recipient, trait)));
    }

    Traits.Verdict check(Recipient recipient, Assumption assumption) {
        Question question = byQuestion.computeIfAbsent(assumption, a -> new Question());
        // the one cell Traits.check reads for a declared assumption
        if (question.cellName == null) question.cellName = CanonicalNames.of(assumption.attribute());
        String cell = recipient.get(question.cellName);
        if (question.lastVerdict != null && question.lastCell == cell) return question.lastVerdict;
        Traits.Verdict known = question.byCell.get(cell);
        return remember(question, cell, known != null ? known : question.byCell.keep(cell, Traits.check(recipient, assumption)));
    }

    /** The same string (not just equal text) holds the same text: its verdict can be given again. */
    private static Traits.Verdict remember(Question question, String cell, Traits.Verdict verdict) {
        question.lastCell = cell;
        question.lastVerdict = verdict;
        return verdict;
    }
}
