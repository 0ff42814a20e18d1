package com.trustproof.risk;

import com.trustproof.model.Assumption;
import com.trustproof.model.Recipient;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * {@link Traits} verdicts kept per distinct persona value: a list repeats a few hundred interest
 * cells a million times, and assumption.mismatch and segment.too-broad ask about each of them for
 * every recipient. A declared assumption's verdict depends on one cell; a lexicon trait's is
 * combined from what each of its cells says alone. One per check pass, so per thread.
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

    /**
     * As {@link Traits#check}: a trait holds when any of its attributes' cells holds it, so each
     * cell is judged on its own (kept by cell, whichever attribute it is in) and the verdicts are
     * combined. A lexicon trait lists many attributes, of which a list usually has one.
     */
    Traits.Verdict check(Recipient recipient, Traits.Trait trait) {
        Question question = byQuestion.computeIfAbsent(trait, t -> new Question());
        boolean seen = false;
        for (String attribute : trait.attributes()) {
            String cell = recipient.attributes().get(attribute);
            if (Recipient.isMissing(cell)) continue;
            seen = true;
            if (cellVerdict(question, cell, trait) == Traits.Verdict.HOLDS) return Traits.Verdict.HOLDS;
        }
        return seen ? Traits.Verdict.CONTRADICTED : Traits.Verdict.UNKNOWN;
    }

    /** HOLDS or CONTRADICTED: what one (not missing) cell says of the trait. */
    private static Traits.Verdict cellVerdict(Question question, String cell, Traits.Trait trait) {
        if (question.lastVerdict != null && question.lastCell == cell) return question.lastVerdict;
        Traits.Verdict known = question.byCell.get(cell);
        if (known == null) {
            known = question.byCell.keep(cell, Traits.holdsIn(cell, trait) ? Traits.Verdict.HOLDS : Traits.Verdict.CONTRADICTED);
        }
        return remember(question, cell, known);
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
