package com.trustproof.risk;

import com.trustproof.model.Finding;
import com.trustproof.render.TokenSpan;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * spam.shouting: ALL-CAPS words, "!!" runs and "$$" runs. A message may shout "allowance" times
 * (a "NEW" badge is fine); past that, every shout is reported. Known acronyms and substituted
 * values (value.casing's business) never count.
 */
final class SpamShoutingRule implements Rule {
    private final RuleSpec spec;
    private final Set<String> acronyms = new HashSet<>();
    private final int allowance;
    private final int minLetters;

    SpamShoutingRule(RuleSpec spec) {
        this.spec = spec;
        for (String acronym : spec.list("acronyms")) acronyms.add(acronym.strip().toUpperCase(Locale.ROOT));
        this.allowance = (int) spec.param("allowance", 2);
        this.minLetters = (int) spec.param("minLetters", 3);
    }

    @Override public RuleSpec spec() { return spec; }

    @Override
    public RulePass begin(CampaignContext campaign) {
        return new RulePass() {
            private final IntList shouts = new IntList();   // view, start, end

            @Override
            public void check(MessageContext message, List<Finding> out) {
                shouts.clear();
                List<TextView> views = message.views();
                for (int v = 0; v < views.size(); v++) shouts(message, views.get(v), v, shouts);
                int count = shouts.size / 3;
                if (count <= allowance) return;
                for (int k = 0; k < shouts.size; k += 3) {
                    out.add(views.get(shouts.data[k]).finding(spec, shouts.data[k + 1], shouts.data[k + 2], 1.0,
                            "count", String.valueOf(count)));
                }
            }
        };
    }

    /** The shouts of one view, in text order: literal ones cached per rendering path, the rest scanned near values. */
    void shouts(MessageContext message, TextView view, int v, IntList out) {
        MessageContext.Layout layout = message.layout(view);
        String text = view.text;
        if (layout == null) {
            scan(text, 0, text.length(), view, v, out);
            return;
        }
        Skeleton skeleton = layout.skeleton;
        int[] interior = skeleton.cached(this);
        if (interior == null) {
            interior = interiorShouts(skeleton, layout.gapA, layout.gapB, layout.gaps);
            skeleton.cache(this, interior);
        }
        int first = out.size;
        for (int k = 0; k < interior.length; k += 3) {
            int shift = layout.offsets[interior[k]];
            out.add(v, interior[k + 1] + shift, interior[k + 2] + shift);
        }
        int at = 0;
        for (int g = 0; g < layout.gaps; g++) {
            int from = Math.max(at, windowStart(text, layout.gapA[g]));
            int to = windowEnd(text, layout.gapB[g]);
            if (from < to) at = scan(text, from, to, view, v, out);
        }
        out.sortTriples(first);
    }

    /** Shouts of the reference text outside every value window, flat: segment, start, end (relative). */
    private int[] interiorShouts(Skeleton skeleton, int[] gapA, int[] gapB, int gaps) {
        String text = skeleton.reference;
        IntList all = new IntList();
        scan(text, 0, text.length(), null, 0, all);
        int[] starts = new int[gaps], ends = new int[gaps];
        for (int g = 0; g < gaps; g++) {
            starts[g] = windowStart(text, gapA[g]);
            ends[g] = windowEnd(text, gapB[g]);
        }
        IntList out = new IntList();
        outer:
        for (int k = 0; k < all.size; k += 3) {
            int start = all.data[k + 1];
            for (int g = 0; g < gaps; g++) if (start >= starts[g] && start < ends[g]) continue outer;
            int seg = skeleton.segmentOf(start);
            out.add(seg, start - skeleton.segmentStart(seg), all.data[k + 2] - skeleton.segmentStart(seg));
        }
        return java.util.Arrays.copyOf(out.data, out.size);
    }

    /** Never part of a word or a run: the scan is in step at such a character whatever came before. */
    private static boolean neutral(char c) {
        return !(c == '!' || c == '$' || c == '\'' || Character.isLetterOrDigit(c));
    }

    private static int windowStart(String text, int gapStart) {
        int p = gapStart - 1;
        while (p > 0 && !neutral(text.charAt(p))) p--;
        return Math.max(p, 0);
    }

    private static int windowEnd(String text, int gapEnd) {
        int p = gapEnd;
        while (p < text.length() && !neutral(text.charAt(p))) p++;
        return p;
    }

    /**
     * Scans words and runs starting in [from, to) ({@code from} must be a point where the whole-text
     * scan is in step); adds shouts as view, start, end; returns where the scan stopped.
     * {@code view} null: the reference text, where words near values are dropped anyway.
     */
    private int scan(String text, int from, int to, TextView view, int v, IntList out) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            int end;
            if (c == '!' || c == '$') {
                end = i;
                while (end < text.length() && text.charAt(end) == c) end++;
                if (end - i < 2) { i = end; continue; }
            } else if (Character.isLetterOrDigit(c)) {
                end = i;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '\'')) end++;
                if (!isShoutedWord(text, i, end) || (view != null && view.overlapsSpan(i, end, TokenSpan.Source.VALUE))) { i = end; continue; }
            } else { i++; continue; }
            out.add(v, i, end);
            i = end;
        }
        return i;
    }

    /** A growable int list. */
    static final class IntList {
        int size;
        int[] data = new int[24];

        void clear() { size = 0; }

        void add(int a, int b, int c) {
            if (size + 3 > data.length) data = java.util.Arrays.copyOf(data, data.length * 2);
            data[size++] = a;
            data[size++] = b;
            data[size++] = c;
        }

        /** Sorts the triples from {@code first} on by their second value (insertion sort; short lists). */
        void sortTriples(int first) {
            for (int i = first + 3; i < size; i += 3) {
                int a = data[i], b = data[i + 1], c = data[i + 2];
                int j = i - 3;
                while (j >= first && data[j + 1] > b) {
                    data[j + 3] = data[j];
                    data[j + 4] = data[j + 1];
                    data[j + 5] = data[j + 2];
                    j -= 3;
                }
                data[j + 3] = a;
                data[j + 4] = b;
                data[j + 5] = c;
            }
        }
    }

    private boolean isShoutedWord(String text, int start, int end) {
        int letters = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) return false;      // SKU123, 4K
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) return false;
                letters++;
            }
        }
        return letters >= minLetters && !acronyms.contains(text.substring(start, end));
    }
}
