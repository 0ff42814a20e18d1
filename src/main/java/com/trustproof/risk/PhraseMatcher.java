package com.trustproof.risk;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A phrase list compiled once into an Aho-Corasick automaton. One pass over a text finds every
 * phrase, case-insensitive, treating any run of white space as one space and curly apostrophes as
 * straight ones, and only where the phrase starts and ends on a word boundary. Scanning allocates
 * nothing, so it can run for millions of recipients.
 */
final class PhraseMatcher {

    /** Receives one match: the phrase's index in the compiled list and its [start, end) in the text. */
    @FunctionalInterface
    interface Hit {
        void found(int phrase, int start, int end);
    }

    private static final int[] NONE = new int[0];

    /** ASCII case/space folding as a table: the scan's inner loop then does no branching calls. */
    private static final char[] ASCII_FOLD = new char[128];

    static {
        for (char c = 0; c < 128; c++) ASCII_FOLD[c] = foldSlow(c);
    }

    private final List<String> phrases;
    private final int[] phraseLength;   // length in normalized characters
    private final int[][] outputs;      // per state: phrases ending here, longest first
    // The automaton as a dense table over the phrases' own alphabet (class 0 = any other char),
    // failure links already folded in: one array read per character of text.
    private final int alphabet;
    private final int[] classOfAscii;
    private final char[] otherChars;    // sorted non-ASCII characters of the phrases
    private final int[] otherClasses;
    private final int[] delta;
    private final int maxLength;

    private PhraseMatcher(List<String> phrases, int[] phraseLength, int[][] outputs, int alphabet,
                          int[] classOfAscii, char[] otherChars, int[] otherClasses, int[] delta) {
        this.phrases = phrases;
        this.phraseLength = phraseLength;
        this.outputs = outputs;
        this.alphabet = alphabet;
        this.classOfAscii = classOfAscii;
        this.otherChars = otherChars;
        this.otherClasses = otherClasses;
        this.delta = delta;
        int max = 0;
        for (int length : phraseLength) max = Math.max(max, length);
        this.maxLength = max;
    }

    static PhraseMatcher compile(List<String> rawPhrases) {
        List<String> phrases = new ArrayList<>();
        List<TreeMap<Character, Integer>> trie = new ArrayList<>();
        List<List<Integer>> ends = new ArrayList<>();
        trie.add(new TreeMap<>());
        ends.add(new ArrayList<>());
        for (String raw : rawPhrases) {
            String phrase = normalize(raw);
            if (phrase.isEmpty()) continue;
            int index = phrases.size();
            phrases.add(raw.strip());
            int state = 0;
            for (int i = 0; i < phrase.length(); i++) {
                Integer next = trie.get(state).get(phrase.charAt(i));
                if (next == null) {
                    next = trie.size();
                    trie.add(new TreeMap<>());
                    ends.add(new ArrayList<>());
                    trie.get(state).put(phrase.charAt(i), next);
                }
                state = next;
            }
            ends.get(state).add(index);
        }
        int[] lengths = new int[phrases.size()];
        for (int i = 0; i < lengths.length; i++) lengths[i] = normalize(phrases.get(i)).length();

        int n = trie.size();
        char[][] keys = new char[n][];
        int[][] targets = new int[n][];
        for (int s = 0; s < n; s++) {
            TreeMap<Character, Integer> edges = trie.get(s);
            keys[s] = new char[edges.size()];
            targets[s] = new int[edges.size()];
            int k = 0;
            for (Map.Entry<Character, Integer> e : edges.entrySet()) {
                keys[s][k] = e.getKey();
                targets[s][k++] = e.getValue();
            }
        }
        // Breadth-first failure links; each state's outputs include those of its failure chain.
        int[] fail = new int[n];
        Map<Integer, List<Integer>> allEnds = new HashMap<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        allEnds.put(0, ends.get(0));
        for (int t : targets[0]) { fail[t] = 0; queue.add(t); }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            List<Integer> out = new ArrayList<>(ends.get(s));
            out.addAll(allEnds.getOrDefault(fail[s], List.of()));
            allEnds.put(s, out);
            for (int k = 0; k < keys[s].length; k++) {
                int t = targets[s][k];
                int f = fail[s];
                while (f != 0 && step(keys, targets, f, keys[s][k]) < 0) f = fail[f];
                int g = step(keys, targets, f, keys[s][k]);
                fail[t] = (g >= 0 && g != t) ? g : 0;
                queue.add(t);
            }
        }
        int[][] outputs = new int[n][];
        for (int s = 0; s < n; s++) {
            List<Integer> out = allEnds.getOrDefault(s, List.of());
            if (out.isEmpty()) { outputs[s] = NONE; continue; }
            Integer[] sorted = out.toArray(new Integer[0]);
            Arrays.sort(sorted, (a, b) -> Integer.compare(lengths[b], lengths[a]));
            outputs[s] = Arrays.stream(sorted).mapToInt(Integer::intValue).toArray();
        }
        return dense(List.copyOf(phrases), lengths, keys, targets, fail, outputs);
    }

    /** Turns the trie plus failure links into a full transition table over the phrases' alphabet. */
    private static PhraseMatcher dense(List<String> phrases, int[] lengths, char[][] keys, int[][] targets,
                                       int[] fail, int[][] outputs) {
        java.util.TreeSet<Character> chars = new java.util.TreeSet<>();
        for (char[] k : keys) for (char c : k) chars.add(c);
        int alphabet = chars.size() + 1;
        int[] classOfAscii = new int[128];
        List<Character> others = new ArrayList<>();
        Map<Character, Integer> classOf = new HashMap<>();
        int next = 1;
        for (char c : chars) {
            classOf.put(c, next);
            if (c < 128) classOfAscii[c] = next;
            else others.add(c);
            next++;
        }
        char[] otherChars = new char[others.size()];
        int[] otherClasses = new int[others.size()];
        for (int i = 0; i < otherChars.length; i++) {
            otherChars[i] = others.get(i);
            otherClasses[i] = classOf.get(others.get(i));
        }
        int n = keys.length;
        int[] delta = new int[n * alphabet];
        // breadth-first, so a state's failure target row is complete before the state's own row
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        boolean[] seen = new boolean[n];
        seen[0] = true;
        while (!queue.isEmpty()) {
            int s = queue.poll();
            for (char c : chars) {
                int cls = classOf.get(c);
                int child = step(keys, targets, s, c);
                delta[s * alphabet + cls] = child >= 0 ? child : (s == 0 ? 0 : delta[fail[s] * alphabet + cls]);
            }
            for (int t : targets[s]) {
                if (!seen[t]) { seen[t] = true; queue.add(t); }
            }
        }
        return new PhraseMatcher(phrases, lengths, outputs, alphabet, classOfAscii, otherChars, otherClasses, delta);
    }

    private int classOf(char folded) {
        if (folded < 128) return classOfAscii[folded];
        int k = Arrays.binarySearch(otherChars, folded);
        return k < 0 ? 0 : otherClasses[k];
    }

    int size() { return phrases.size(); }

    String phrase(int index) { return phrases.get(index); }

    boolean isEmpty() { return phrases.isEmpty(); }

    /** Length of a phrase in normalized characters. */
    int length(int phrase) { return phraseLength[phrase]; }

    /** The longest phrase, in normalized characters. */
    int maxLength() { return maxLength; }

    /**
     * What {@link #scanAll} over the whole text reports for end positions (last character) in
     * [reportFrom, reportTo), starting the automaton at {@code scanFrom}: correct when at least
     * {@link #maxLength} scanned characters lie in [scanFrom, reportFrom).
     */
    void scanAllWindow(CharSequence text, int scanFrom, int reportFrom, int reportTo, Hit hit) {
        if (phrases.isEmpty()) return;
        int n = text.length();
        int state = 0;
        char previous = scanFrom == 0 ? ' ' : fold(text.charAt(scanFrom - 1));
        for (int i = scanFrom; i < reportTo; i++) {
            char raw = text.charAt(i);
            char c = raw < 128 ? ASCII_FOLD[raw] : fold(raw);
            if (c == ' ' && previous == ' ') continue;
            previous = c;
            state = delta[state * alphabet + classOf(c)];
            if (i < reportFrom) continue;
            int[] ending = outputs[state];
            if (ending.length == 0 || !endsOnBoundary(text, n, i)) continue;
            for (int phrase : ending) {
                int start = startOf(text, 0, i, phraseLength[phrase]);
                if (start >= 0 && startsOnBoundary(text, 0, start)) hit.found(phrase, start, i + 1);
            }
        }
    }

    /** Reports, for each end position, the longest phrase that ends there on word boundaries. */
    void scan(CharSequence text, int from, int to, Hit hit) {
        if (phrases.isEmpty()) return;
        int state = 0;
        char previous = ' ';
        for (int i = from; i < to; i++) {
            char raw = text.charAt(i);
            char c = raw < 128 ? ASCII_FOLD[raw] : fold(raw);
            if (c == ' ' && previous == ' ') continue;   // a run of white space is one space
            previous = c;
            state = delta[state * alphabet + classOf(c)];
            int[] ending = outputs[state];
            if (ending.length == 0 || !endsOnBoundary(text, to, i)) continue;
            for (int phrase : ending) {
                int start = startOf(text, from, i, phraseLength[phrase]);
                if (start >= 0 && startsOnBoundary(text, from, start)) {
                    hit.found(phrase, start, i + 1);
                    break;
                }
            }
        }
    }

    void scan(CharSequence text, Hit hit) { scan(text, 0, text.length(), hit); }

    /** Reports every phrase on word boundaries, longest first for each end position. */
    void scanAll(CharSequence text, Hit hit) { scanAllWindow(text, 0, 0, text.length(), hit); }

    /** Walks back over {@code length} normalized characters ending at {@code last}. */
    private static int startOf(CharSequence text, int from, int last, int length) {
        int pos = last;
        int remaining = length;
        while (true) {
            if (--remaining == 0) return pos;
            pos--;
            if (pos < from) return -1;
            if (isSpace(text.charAt(pos))) {
                while (pos - 1 >= from && isSpace(text.charAt(pos - 1))) pos--;
            }
        }
    }

    /** A phrase ending in a letter or digit at {@code last} must not run on into a word. */
    private static boolean endsOnBoundary(CharSequence text, int to, int last) {
        return !(isWordChar(text.charAt(last)) && last + 1 < to && isWordChar(text.charAt(last + 1)));
    }

    private static boolean startsOnBoundary(CharSequence text, int from, int start) {
        return !(isWordChar(text.charAt(start)) && start > from && isWordChar(text.charAt(start - 1)));
    }

    private static int step(char[][] keys, int[][] targets, int state, char c) {
        int k = Arrays.binarySearch(keys[state], c);
        return k < 0 ? -1 : targets[state][k];
    }

    static boolean isWordChar(char c) {
        if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        return Character.isLetterOrDigit(c);
    }

    static boolean isSpace(char c) {
        if (c < 128) return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
        return Character.isWhitespace(c) || c == '\u00A0';
    }

    /** Case and typography folding shared by phrases and texts. */
    static char fold(char c) {
        return c < 128 ? ASCII_FOLD[c] : foldSlow(c);
    }

    private static char foldSlow(char c) {
        if (isSpace(c)) return ' ';
        return switch (c) {
            case '\u2019', '\u2018', '\u02BC' -> '\'';
            case '\u2013', '\u2014', '\u2010', '\u2011' -> '-';
            default -> Character.toLowerCase(c);
        };
    }

    static String normalize(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        char previous = ' ';
        for (int i = 0; i < raw.length(); i++) {
            char c = fold(raw.charAt(i));
            if (c == ' ' && previous == ' ') continue;
            out.append(c);
            previous = c;
        }
        int len = out.length();
        while (len > 0 && out.charAt(len - 1) == ' ') len--;
        return out.substring(0, len);
    }
}
