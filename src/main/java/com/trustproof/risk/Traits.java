package com.trustproof.risk;

import com.trustproof.model.Assumption;
import com.trustproof.model.Recipient;

import java.util.List;
import java.util.Locale;

/** Does a persona have a trait? Shared by assumption.mismatch and segment.too-broad. */
final class Traits {
    enum Verdict { HOLDS, CONTRADICTED, UNKNOWN }

    private Traits() {}

    /** A lexicon trait prepared once: canonical attribute names, lower-case accepted values. */
    record Trait(String name, List<String> attributes, List<String> accepted) {
        static Trait of(LexiconEntry entry) {
            return new Trait(entry.trait,
                    entry.attributes.stream().map(CanonicalNames::of).distinct().toList(),   // interned: see Row.get
                    entry.values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).filter(v -> !v.isEmpty()).toList());
        }
    }

    /** A lexicon trait: any listed attribute the persona has a matching value in makes it hold. */
    static Verdict check(Recipient recipient, Trait trait) {
        boolean seen = false;
        for (String attribute : trait.attributes()) {
            String raw = recipient.attributes().get(attribute);
            if (Recipient.isMissing(raw)) continue;
            seen = true;
            if (holdsIn(raw, trait)) return Verdict.HOLDS;
        }
        return seen ? Verdict.CONTRADICTED : Verdict.UNKNOWN;
    }

    /** True when one of the ';'-separated values of a (not missing) cell is accepted for the trait. */
    static boolean holdsIn(String raw, Trait trait) {
        // the values as Recipient.values gives them, without building a list
        int from = 0;
        while (from <= raw.length()) {
            int semi = raw.indexOf(';', from);
            int to = semi < 0 ? raw.length() : semi;
            String part = raw.substring(from, to);
            if (!part.isBlank() && acceptsLower(part.strip().toLowerCase(Locale.ROOT), trait.accepted())) return true;
            from = to + 1;
        }
        return false;
    }

    /** A declared assumption from the campaign's {@code assumes}. */
    static Verdict check(Recipient recipient, Assumption assumption) {
        if (assumption.match() == Assumption.Match.CONTAINS) return contains(recipient, assumption);
        List<String> values = recipient.values(CanonicalNames.of(assumption.attribute()));
        if (values.isEmpty()) return Verdict.UNKNOWN;
        String whole = String.join(";", values);
        return switch (assumption.match()) {
            case EQUALS -> assumption.values().stream().anyMatch(v -> v.strip().equalsIgnoreCase(whole.strip()))
                    ? Verdict.HOLDS : Verdict.CONTRADICTED;
            case IN -> values.stream().anyMatch(v -> assumption.values().stream().anyMatch(a -> a.strip().equalsIgnoreCase(v)))
                    ? Verdict.HOLDS : Verdict.CONTRADICTED;
            case CONTAINS -> values.stream().anyMatch(v -> accepts(v, assumption.values()))
                    ? Verdict.HOLDS : Verdict.CONTRADICTED;
        };
    }

    private static final java.util.Map<List<String>, List<String>> LOWERED = new java.util.concurrent.ConcurrentHashMap<>();

    /** CONTAINS without splitting into lists: any ';'-separated value accepts. */
    private static Verdict contains(Recipient recipient, Assumption assumption) {
        String raw = recipient.get(CanonicalNames.of(assumption.attribute()));
        if (Recipient.isMissing(raw)) return Verdict.UNKNOWN;
        List<String> accepted = LOWERED.computeIfAbsent(assumption.values(),
                values -> values.stream().map(a -> a.strip().toLowerCase(Locale.ROOT)).filter(a -> !a.isEmpty()).toList());
        boolean any = false;
        int from = 0;
        while (from <= raw.length()) {
            int semi = raw.indexOf(';', from);
            int to = semi < 0 ? raw.length() : semi;
            String part = raw.substring(from, to);
            if (!part.isBlank()) {
                any = true;
                if (acceptsLower(part.strip().toLowerCase(Locale.ROOT), accepted)) return Verdict.HOLDS;
            }
            from = to + 1;
        }
        return any ? Verdict.CONTRADICTED : Verdict.UNKNOWN;
    }

    /** A persona value accepts when it equals an accepted value or contains it as a whole word. */
    static boolean accepts(String value, List<String> accepted) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        for (String a : accepted) {
            String want = a.strip().toLowerCase(Locale.ROOT);
            if (want.isEmpty()) continue;
            if (v.equals(want) || containsWord(v, want)) return true;
        }
        return false;
    }

    /** {@link #accepts} for a lower-case value and lower-case accepted values. */
    private static boolean acceptsLower(String value, List<String> accepted) {
        for (String want : accepted) {
            if (value.equals(want) || containsWord(value, want)) return true;
        }
        return false;
    }

    private static boolean containsWord(String text, String word) {
        int at = text.indexOf(word);
        while (at >= 0) {
            int end = at + word.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) return true;
            at = text.indexOf(word, at + 1);
        }
        return false;
    }

    /** "interests contains running" */
    static String describe(Assumption assumption) {
        String op = switch (assumption.match()) {
            case EQUALS -> "is";
            case CONTAINS -> "includes";
            case IN -> "is one of";
        };
        return assumption.attribute() + " " + op + " " + String.join(", ", assumption.values());
    }

    /** The snippet an assumption's reason quotes ("opening line: 'As a fellow runner'"), or null. */
    static String quotedSnippet(String reason) {
        if (reason == null) return null;
        String[][] quotes = {{"'", "'"}, {"\"", "\""}, {"\u2018", "\u2019"}, {"\u201C", "\u201D"}};
        for (String[] q : quotes) {
            int open = reason.indexOf(q[0]);
            if (open < 0) continue;
            int close = reason.indexOf(q[1], open + 1);
            // skip apostrophes inside words: the closing quote must not be followed by a letter
            while (close > 0 && close + 1 < reason.length() && Character.isLetter(reason.charAt(close + 1))) {
                close = reason.indexOf(q[1], close + 1);
            }
            if (close > open + 1) {
                String snippet = reason.substring(open + 1, close).replace("\u2026", "").replace("...", "").strip();
                if (!snippet.isEmpty()) return snippet;
            }
        }
        return null;
    }
}
