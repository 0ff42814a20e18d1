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
    private final Map<Object, KeptResults<String, Traits.Verdict>> byQuestion = new IdentityHashMap<>();

    Traits.Verdict check(Recipient recipient, Traits.Trait trait) {
        if (trait.attributes().size() != 1) return Traits.check(recipient, trait);
        String cell = recipient.attributes().get(trait.attributes().get(0));
        KeptResults<String, Traits.Verdict> byCell = byQuestion.computeIfAbsent(trait, t -> new KeptResults<>());
        Traits.Verdict known = byCell.get(cell);
        return known != null ? known : byCell.keep(cell, Traits.check(recipient, trait));
    }

    Traits.Verdict check(Recipient recipient, Assumption assumption) {
        // the one cell Traits.check reads for a declared assumption
        String cell = recipient.get(CanonicalNames.of(assumption.attribute()));
        KeptResults<String, Traits.Verdict> byCell = byQuestion.computeIfAbsent(assumption, a -> new KeptResults<>());
        Traits.Verdict known = byCell.get(cell);
        return known != null ? known : byCell.keep(cell, Traits.check(recipient, assumption));
    }
}
