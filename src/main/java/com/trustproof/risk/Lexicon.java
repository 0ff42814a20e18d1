package com.trustproof.risk;

import java.util.ArrayList;
import java.util.List;

/** All phrases of a lexicon compiled into one automaton, each phrase pointing to its entry. */
final class Lexicon {
    final List<LexiconEntry> entries;
    final PhraseMatcher matcher;
    private final int[] entryOfPhrase;

    Lexicon(List<LexiconEntry> entries) {
        this.entries = List.copyOf(entries);
        List<String> phrases = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int e = 0; e < entries.size(); e++) {
            for (String phrase : entries.get(e).phrases) {
                if (PhraseMatcher.normalize(phrase).isEmpty()) continue;
                phrases.add(phrase);
                owners.add(e);
            }
        }
        this.matcher = PhraseMatcher.compile(phrases);
        this.entryOfPhrase = owners.stream().mapToInt(Integer::intValue).toArray();
    }

    LexiconEntry entryOf(int phrase) { return entries.get(entryOfPhrase[phrase]); }

    int entryIndexOf(int phrase) { return entryOfPhrase[phrase]; }
}
