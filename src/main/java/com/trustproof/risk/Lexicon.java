package com.trustproof.risk;

import java.util.ArrayList;
import java.util.List;

/** All phrases of a lexicon compiled into one automaton, each phrase pointing to its entry. */
final class Lexicon {
    final List<LexiconEntry> entries;
    final List<Traits.Trait> traits;
    final PhraseMatcher matcher;
    /** Set when the lexicon takes part in the per-message combined scan. */
    final PhraseFamilies.PhraseFamily family;
    private final int[] entryOfPhrase;

    Lexicon(List<LexiconEntry> entries) { this(entries, null); }

    Lexicon(List<LexiconEntry> entries, PhraseFamilies families) {
        this.entries = List.copyOf(entries);
        this.traits = entries.stream().map(Traits.Trait::of).toList();
        List<String> phrases = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int e = 0; e < entries.size(); e++) {
            for (String phrase : entries.get(e).phrases) {
                if (PhraseMatcher.normalize(phrase).isEmpty()) continue;
                phrases.add(phrase);
                owners.add(e);
            }
        }
        this.family = families == null ? null : families.register(phrases);
        this.matcher = family == null ? PhraseMatcher.compile(phrases) : family.own;
        this.entryOfPhrase = owners.stream().mapToInt(Integer::intValue).toArray();
    }

    LexiconEntry entryOf(int phrase) { return entries.get(entryOfPhrase[phrase]); }

    int entryIndexOf(int phrase) { return entryOfPhrase[phrase]; }

    Traits.Trait traitOf(int phrase) { return traits.get(entryOfPhrase[phrase]); }
}
