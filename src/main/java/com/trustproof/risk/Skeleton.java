package com.trustproof.risk;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The literal layout of one plain-text field on one rendering path: the text between the
 * recipient's substituted values (VALUE spans), which every recipient on that path shares. Text
 * rules scan the literal text once, here, and keep the hits whose context lies wholly inside one
 * literal segment ("interior" hits); per recipient only windows around the values are scanned.
 * A hit's outcome depends on the raw characters [start - 1, end] (the boundary characters
 * around it), so a hit is interior exactly when that range crosses no value ("gap").
 */
final class Skeleton {
    final String reference;
    /** Value spans of the reference text: gap k is [gapStart[k], gapEnd[k]). */
    private final int[] gapStart, gapEnd;
    /** Segment k is [segStart[k], segStart[k] + segLength[k]) of the reference; gaps + 1 segments. */
    private final int[] segStart, segLength;
    private final Map<Object, int[]> cached = new IdentityHashMap<>();
    private final WindowBudget budget;

    /** How many window hit lists the skeletons of one pass may keep in all, so memory stays bounded. */
    static final class WindowBudget {
        private int left;

        WindowBudget(int entries) { left = entries; }

        boolean take() {
            if (left == 0) return false;
            left--;
            return true;
        }
    }

    Skeleton(String reference, int[] gapStart, int[] gapEnd, int gaps) {
        this(reference, gapStart, gapEnd, gaps, new WindowBudget(MAX_WINDOWS));
    }

    /** {@code budget}: how many window hit lists may still be kept, shared by a pass's skeletons. */
    Skeleton(String reference, int[] gapStart, int[] gapEnd, int gaps, WindowBudget budget) {
        this.reference = reference;
        this.budget = budget;
        this.gapStart = Arrays.copyOf(gapStart, gaps);
        this.gapEnd = Arrays.copyOf(gapEnd, gaps);
        this.segStart = new int[gaps + 1];
        this.segLength = new int[gaps + 1];
        int at = 0;
        for (int k = 0; k <= gaps; k++) {
            int end = k < gaps ? gapStart[k] : reference.length();
            segStart[k] = at;
            segLength[k] = end - at;
            if (k < gaps) at = gapEnd[k];
        }
    }

    int gaps() { return gapStart.length; }

    /**
     * True when {@code text} with these value spans has exactly this skeleton's literal segments;
     * then {@code offsets} receives where each segment starts in {@code text}.
     */
    boolean matches(String text, int[] gapA, int[] gapB, int gaps, int[] offsets) {
        if (gaps != gapStart.length) return false;
        int at = 0;
        for (int k = 0; k < gaps; k++) {
            if (!segmentAt(text, at, gapA[k], k)) return false;
            offsets[k] = at;
            at = gapB[k];
        }
        if (!segmentAt(text, at, text.length(), gaps)) return false;
        offsets[gaps] = at;
        return true;
    }

    /** True when text[from, to) is literal segment k. */
    private boolean segmentAt(String text, int from, int to, int k) {
        return to - from == segLength[k] && text.regionMatches(from, reference, segStart[k], segLength[k]);
    }

    /** Per-rule data computed once from the reference text (keyed by identity). */
    int[] cached(Object key) { return cached.get(key); }

    void cache(Object key, int[] data) { cached.put(key, data); }

    /** True when the literal text (outside the gaps) holds any of {@code chars}; worked out once per array. */
    boolean literalsContainAny(char[] chars) {
        int[] known = cached.get(chars);
        if (known == null) {
            known = new int[]{0};
            String set = new String(chars);
            for (int k = 0; k < segStart.length && known[0] == 0; k++) {
                for (int i = segStart[k]; i < segStart[k] + segLength[k]; i++) {
                    if (set.indexOf(reference.charAt(i)) >= 0) { known[0] = 1; break; }
                }
            }
            cached.put(chars, known);
        }
        return known[0] == 1;
    }

    /** True when a hit [start, end) depends on a value: its context [start - 1, end] meets a gap. */
    static boolean crossesGap(int start, int end, int[] gapA, int[] gapB, int gaps) {
        for (int k = 0; k < gaps; k++) {
            if (start - 1 < gapB[k] && end >= gapA[k]) return true;
        }
        return false;
    }

    /** Which segment of the reference holds position {@code pos} (outside gaps). */
    int segmentOf(int pos) {
        int k = 0;
        while (k + 1 < segStart.length && pos >= segStart[k + 1]) k++;
        return k;
    }

    int segmentStart(int k) { return segStart[k]; }

    /** The interior hits of {@code matcher} in the reference, flat: segment, phrase, start, end (relative). */
    int[] interiorHits(PhraseMatcher matcher) {
        int[] data = cached.get(matcher);
        if (data != null) return data;
        HitList all = new HitList();
        matcher.scanAll(reference, all::add);
        int[] out = new int[all.size * 4];
        int n = 0;
        for (int h = 0; h < all.size; h++) {
            int s = all.start[h], e = all.end[h];
            if (crossesGap(s, e, gapStart, gapEnd, gapStart.length)) continue;
            int seg = segmentOf(s);
            out[n++] = seg;
            out[n++] = all.phrase[h];
            out[n++] = s - segStart[seg];
            out[n++] = e - segStart[seg];
        }
        data = Arrays.copyOf(out, n);
        cached.put(matcher, data);
        return data;
    }

    /**
     * Every hit {@code matcher.scanAll} would report on the whole of {@code text}, in the same
     * order: the cached interior hits shifted to this text's segment offsets, plus the hits found
     * scanning windows around the values.
     */
    void hits(PhraseMatcher matcher, String text, int[] gapA, int[] gapB, String[] values, int gaps, int[] offsets, HitList out) {
        out.clear();
        int[] interior = interiorHits(matcher);
        for (int i = 0; i < interior.length; i += 4) {
            int shift = offsets[interior[i]];
            out.add(interior[i + 1], interior[i + 2] + shift, interior[i + 3] + shift);
        }
        if (gaps == 0) return;
        int before = out.size;
        int maxLength = matcher.maxLength();
        for (int k = 0; k < gaps; k++) {
            int a = gapA[k], b = gapB[k];
            int[] byValue = valueHits(matcher, k, values[k]);
            if (byValue != null) {
                for (int i = 0; i < byValue.length; i += 3) out.add(byValue[i], byValue[i + 1] + a, byValue[i + 2] + a);
                continue;
            }
            int scanFrom = a == 0 ? 0 : backOver(text, a - 1, maxLength);
            int reportFrom = Math.max(0, a - 1);
            int reportTo = forwardOver(text, b, maxLength + 1);
            int[] found = windowHits(matcher, text, scanFrom, reportFrom, reportTo, gapA, gapB, gaps);
            keepByValue(matcher, k, values[k], a, scanFrom, reportTo, gapA, gapB, gaps, found);
            for (int i = 0; i < found.length; i += 3) out.add(found[i], found[i + 1] + scanFrom, found[i + 2] + scanFrom);
        }
        if (out.size > before) out.sortAndDedupe(matcher);
    }

    /**
     * Window hits by the value alone, relative to the value's start. A window that reaches no
     * other value holds only this value and literal text next to it, which every text on this
     * skeleton shares; so equal values have equal hits, and the lookup needs no window text.
     */
    private final Map<PhraseMatcher, Map<String, int[]>[]> byValue = new IdentityHashMap<>();

    private int[] valueHits(PhraseMatcher matcher, int gap, String value) {
        Map<String, int[]>[] kept = byValue.get(matcher);
        return kept == null ? null : kept[gap].get(value);
    }

    /**
     * Keeps a window's hits under its value when what the window reads, [scanFrom - 1, reportTo],
     * lies between the neighbouring values. The start and the end of the text count as read too:
     * only the first and the last segment are sure to touch them in every text.
     */
    private void keepByValue(PhraseMatcher matcher, int gap, String value, int a, int scanFrom, int reportTo,
                             int[] gapA, int[] gapB, int gaps, int[] found) {
        boolean leftFixed = gap == 0 || scanFrom - 1 >= gapB[gap - 1];
        boolean rightFixed = gap == gaps - 1 || reportTo + 1 <= gapA[gap + 1];
        if (!leftFixed || !rightFixed || !budget.take()) return;
        int[] relative = found.length == 0 ? NO_HITS : new int[found.length];
        for (int i = 0; i < found.length; i += 3) {
            relative[i] = found[i];
            relative[i + 1] = found[i + 1] + scanFrom - a;
            relative[i + 2] = found[i + 2] + scanFrom - a;
        }
        @SuppressWarnings("unchecked")
        Map<String, int[]>[] kept = byValue.computeIfAbsent(matcher, m -> {
            Map<String, int[]>[] maps = new Map[gapStart.length];
            for (int k = 0; k < maps.length; k++) maps[k] = new java.util.HashMap<>();
            return maps;
        });
        kept[gap].put(value, relative);
    }

    /** Window hits by window: a value (a first name, a city) recurs with the same text around it. */
    private final Map<PhraseMatcher, Map<String, int[]>> windows = new IdentityHashMap<>();
    static final int MAX_WINDOWS = 16_384;
    private static final int[] NO_HITS = new int[0];

    /**
     * The hits of one window that cross a value, flat (phrase, start, end) relative to
     * {@code scanFrom}. They depend on the characters [scanFrom - 1, reportTo] only (the scan, its
     * boundary checks, the walk back to a phrase's start), on whether the window ends the text, and
     * on where values lie within it; all of that is the key, so equal keys have equal hits.
     */
    private int[] windowHits(PhraseMatcher matcher, String text, int scanFrom, int reportFrom, int reportTo,
                             int[] gapA, int[] gapB, int gaps) {
        int lo = Math.max(0, scanFrom - 1), hi = Math.min(text.length(), reportTo + 1);
        StringBuilder key = new StringBuilder(hi - lo + 24);
        key.append(scanFrom - lo).append(',').append(reportFrom - scanFrom).append(',').append(reportTo - scanFrom)
                .append(',').append(reportTo == text.length() ? 'E' : '-');
        for (int k = 0; k < gaps; k++) {
            if (gapB[k] >= scanFrom && gapA[k] <= reportTo) key.append(',').append(gapA[k] - scanFrom).append('-').append(gapB[k] - scanFrom);
        }
        key.append('|').append(text, lo, hi);
        String window = key.toString();
        Map<String, int[]> known = windows.computeIfAbsent(matcher, m -> new java.util.HashMap<>());
        int[] hits = known.get(window);
        if (hits != null) return hits;
        HitList found = new HitList();
        matcher.scanAllWindow(text, scanFrom, reportFrom, reportTo, (phrase, start, end) -> {
            if (crossesGap(start, end, gapA, gapB, gaps)) found.add(phrase, start - scanFrom, end - scanFrom);
        });
        hits = found.size == 0 ? NO_HITS : new int[found.size * 3];
        for (int h = 0; h < found.size; h++) {
            hits[3 * h] = found.phrase[h];
            hits[3 * h + 1] = found.start[h];
            hits[3 * h + 2] = found.end[h];
        }
        if (budget.take()) known.put(window, hits);
        return hits;
    }

    /** Whether the scan takes the character at {@code p} (a run of white space counts once). */
    private static boolean emitted(CharSequence text, int p) {
        return !(PhraseMatcher.isSpace(text.charAt(p)) && (p == 0 || PhraseMatcher.isSpace(text.charAt(p - 1))));
    }

    /** Walks back from {@code pos} until {@code count} scanned characters lie in [result, pos]. */
    static int backOver(CharSequence text, int pos, int count) {
        int seen = 0;
        int p = pos;
        while (true) {
            if (emitted(text, p)) seen++;
            if (seen >= count || p == 0) return p;
            p--;
        }
    }

    /** The first position q past {@code pos} such that [pos, q) holds {@code count} scanned characters, or the end. */
    static int forwardOver(CharSequence text, int pos, int count) {
        int seen = 0;
        int n = text.length();
        int p = pos;
        while (p < n) {
            if (emitted(text, p)) seen++;
            p++;
            if (seen >= count) return p;
        }
        return n;
    }

    /** A growable list of phrase hits. */
    static final class HitList {
        int size;
        int[] phrase = new int[16], start = new int[16], end = new int[16];

        void clear() { size = 0; }

        void add(int p, int s, int e) {
            if (size == phrase.length) {
                phrase = Arrays.copyOf(phrase, size * 2);
                start = Arrays.copyOf(start, size * 2);
                end = Arrays.copyOf(end, size * 2);
            }
            phrase[size] = p;
            start[size] = s;
            end[size] = e;
            size++;
        }

        /** Orders as a full scan reports: by end, then longest phrase first, then phrase index. */
        void sortAndDedupe(PhraseMatcher matcher) {
            // insertion sort: lists are short and mostly sorted already
            for (int i = 1; i < size; i++) {
                int p = phrase[i], s = start[i], e = end[i];
                int j = i - 1;
                while (j >= 0 && after(matcher, phrase[j], start[j], end[j], p, s, e)) {
                    phrase[j + 1] = phrase[j];
                    start[j + 1] = start[j];
                    end[j + 1] = end[j];
                    j--;
                }
                phrase[j + 1] = p;
                start[j + 1] = s;
                end[j + 1] = e;
            }
            int n = 0;
            for (int i = 0; i < size; i++) {
                if (n > 0 && phrase[n - 1] == phrase[i] && start[n - 1] == start[i] && end[n - 1] == end[i]) continue;
                phrase[n] = phrase[i];
                start[n] = start[i];
                end[n] = end[i];
                n++;
            }
            size = n;
        }

        private static boolean after(PhraseMatcher m, int p1, int s1, int e1, int p2, int s2, int e2) {
            if (e1 != e2) return e1 > e2;
            int l1 = m.length(p1), l2 = m.length(p2);
            if (l1 != l2) return l1 < l2;
            if (p1 != p2) return p1 > p2;
            return s1 > s2;
        }
    }
}
