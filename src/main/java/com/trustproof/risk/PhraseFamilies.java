package com.trustproof.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every rule family's phrase list, compiled once more into one combined automaton so that each
 * view of a message is scanned once for all families together, not once per rule. Families
 * register while the rules are built; {@link #seal} then compiles the combined automaton.
 */
final class PhraseFamilies {
    private final List<PhraseFamily> families = new ArrayList<>();
    private PhraseMatcher combined;
    private int[] familyOf;
    private int[] localOf;

    PhraseFamily register(List<String> phrases) {
        if (combined != null) throw new IllegalStateException("phrase families already sealed");
        PhraseFamily family = new PhraseFamily(families.size(), PhraseMatcher.compile(phrases));
        families.add(family);
        return family;
    }

    void seal() {
        List<String> all = new ArrayList<>();
        List<Integer> family = new ArrayList<>();
        List<Integer> local = new ArrayList<>();
        for (PhraseFamily f : families) {
            for (int i = 0; i < f.own.size(); i++) {
                all.add(f.own.phrase(i));
                family.add(f.id);
                local.add(i);
            }
        }
        combined = PhraseMatcher.compile(all);
        familyOf = family.stream().mapToInt(Integer::intValue).toArray();
        localOf = local.stream().mapToInt(Integer::intValue).toArray();
        if (families.size() > 64) throw new IllegalStateException("more than 64 phrase families");
    }

    /** Scans one text for every family; per family, the longest phrase ending at each position. */
    void scan(CharSequence text, Hits out) {
        out.clear();
        long[] seenAtEnd = {0L};
        int[] lastEnd = {-1};
        combined.scanAll(text, (phrase, start, end) -> {
            if (end != lastEnd[0]) { lastEnd[0] = end; seenAtEnd[0] = 0L; }
            int f = familyOf[phrase];
            if ((seenAtEnd[0] & (1L << f)) != 0) return;
            seenAtEnd[0] |= 1L << f;
            out.add(f, localOf[phrase], start, end);
        });
    }

    PhraseMatcher combined() { return combined; }

    /** The per-family selection of {@link #scan}, from the combined automaton's full hit list. */
    void select(Skeleton.HitList all, Hits out) {
        out.clear();
        long seenAtEnd = 0L;
        int lastEnd = -1;
        for (int h = 0; h < all.size; h++) {
            int end = all.end[h];
            if (end != lastEnd) { lastEnd = end; seenAtEnd = 0L; }
            int phrase = all.phrase[h];
            int f = familyOf[phrase];
            if ((seenAtEnd & (1L << f)) != 0) continue;
            seenAtEnd |= 1L << f;
            out.add(f, localOf[phrase], all.start[h], end);
        }
    }

    /** One family's share of the combined automaton, plus its own matcher for template text. */
    static final class PhraseFamily {
        final int id;
        final PhraseMatcher own;

        PhraseFamily(int id, PhraseMatcher own) {
            this.id = id;
            this.own = own;
        }

        /** This family's hits in a view of the message (from the message's one combined scan). */
        void scan(MessageContext message, TextView view, PhraseMatcher.Hit hit) {
            Hits hits = message.phraseHits(view);
            for (int k = 0; k < hits.size; k++) {
                if (hits.family[k] == id) hit.found(hits.phrase[k], hits.start[k], hits.end[k]);
            }
        }

        /** Scans any other text (a template) with this family's own automaton. */
        void scan(CharSequence text, PhraseMatcher.Hit hit) { own.scan(text, hit); }

        String phrase(int index) { return own.phrase(index); }
    }

    /** Reusable hit buffer: one per view, cleared per message, so scanning allocates nothing. */
    static final class Hits {
        int size;
        int[] family = new int[16], phrase = new int[16], start = new int[16], end = new int[16];

        void clear() { size = 0; }

        void add(int f, int p, int s, int e) {
            if (size == family.length) {
                family = Arrays.copyOf(family, size * 2);
                phrase = Arrays.copyOf(phrase, size * 2);
                start = Arrays.copyOf(start, size * 2);
                end = Arrays.copyOf(end, size * 2);
            }
            family[size] = f;
            phrase[size] = p;
            start[size] = s;
            end[size] = e;
            size++;
        }
    }
}
