package com.trustproof.risk;

import com.trustproof.model.FieldNames;
import com.trustproof.model.Finding;
import com.trustproof.model.Recipient;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * value.name-mismatch: the greeting's first name contradicts the email's local part
 * (maria.lopez@… greeted as "John"), a sign of shifted columns or a shared address.
 * Only speaks when the local part clearly holds a name: two or more name-like parts, or an
 * initial plus the known last name; role addresses (info@, sales@) are ignored.
 */
final class ValueNameMismatchRule implements Rule {
    private final RuleSpec spec;
    private final Set<String> roleWords = new HashSet<>();
    /** "bob=robert" pairs, both directions: Bob writing from robert.smith@ is no mismatch. */
    private final java.util.Map<String, Set<String>> nicknames = new java.util.HashMap<>();

    ValueNameMismatchRule(RuleSpec spec) {
        this.spec = spec;
        for (String word : spec.list("roleWords")) roleWords.add(fold(word));
        for (String pair : spec.list("nicknames")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) continue;
            String a = fold(pair.substring(0, eq).strip()), b = fold(pair.substring(eq + 1).strip());
            nicknames.computeIfAbsent(a, k -> new HashSet<>()).add(b);
            nicknames.computeIfAbsent(b, k -> new HashSet<>()).add(a);
        }
    }

    @Override public RuleSpec spec() { return spec; }

    @Override
    public RulePass begin(CampaignContext campaign) {
        return new RulePass() {
            // the same first name often appears in subject and body: judge it once per message
            private MessageContext lastMessage;
            private String lastValue;
            private double lastConfidence;
            // first names repeat across a list: fold each distinct one once
            private final KeptResults<String, String> foldedNames = new KeptResults<>();

            @Override
            public void check(MessageContext message, List<Finding> out) {
                ValueSpans.each(message, true, (field, span, value, raw) -> {
                    if (!FieldNames.FIRST_NAME.equals(span.field())) return;
                    double confidence;
                    if (lastMessage == message && value.equals(lastValue)) {
                        confidence = lastConfidence;
                    } else {
                        String folded = foldedNames.get(value);
                        if (folded == null) folded = foldedNames.keep(value, fold(value.strip()));
                        confidence = mismatch(folded, message.recipient);
                        lastMessage = message;
                        lastValue = value;
                        lastConfidence = confidence;
                    }
                    if (confidence > 0) {
                        out.add(spec.finding(field, span.start(), span.end(), raw, confidence,
                                "value", value.strip(), "email", message.recipient.email()));
                    }
                });
            }
        };
    }

    /**
     * 0 when consistent or undecidable; otherwise how sure we are that the name is wrong.
     * {@code first} is the first name stripped and {@link #fold folded}.
     */
    double mismatch(String first, Recipient recipient) {
        String email = recipient.email();
        // most addresses spell the name: then no part needs building (any agreeing part means 0 in judged)
        if (email != null && email.indexOf('@') > 0 && first.length() >= 2 && asciiPartAgrees(email, email.indexOf('@'), first)) {
            return 0;
        }
        return judged(first, recipient);
    }

    /** {@link #mismatch} worked out in full, part by part (also the reference the shortcut is tested against). */
    double judged(String first, Recipient recipient) {
        String email = recipient.email();
        if (email == null || email.indexOf('@') <= 0) return 0;
        if (first.length() < 2) return 0;
        String lastRaw = recipient.lastName();
        String last = Recipient.isMissing(lastRaw) ? "" : fold(lastRaw.strip());
        List<String> parts = parts(email.substring(0, email.indexOf('@')));
        if (parts.isEmpty()) return 0;
        for (String part : parts) {
            if (roleWords.contains(part)) return 0;
            if (agrees(part, first) || isNickname(part, first)) return 0;
        }
        // the first name may be written as several words: "Mary Ann" vs mary.ann.smith
        for (String word : parts(first)) {
            for (String part : parts) if (word.length() >= 2 && agrees(part, word)) return 0;
        }
        List<String> others = new ArrayList<>();
        for (String part : parts) if (!part.equals(last)) others.add(part);
        boolean lastNameSeen = others.size() < parts.size();
        if (parts.size() == 1) {
            // jsmith: an initial followed by the last name
            String only = parts.get(0);
            if (!last.isEmpty() && only.length() == last.length() + 1 && only.endsWith(last)) {
                return only.charAt(0) == first.charAt(0) ? 0 : 0.8;
            }
            return 0;
        }
        for (String other : others) {
            if (other.length() == 1) return other.charAt(0) == first.charAt(0) ? 0 : (lastNameSeen ? 0.8 : 0);
        }
        if (others.isEmpty() || others.get(0).length() < 3) return 0;
        return lastNameSeen ? 1.0 : 0.6;
    }

    private boolean isNickname(String part, String first) {
        Set<String> of = nicknames.get(part);
        return of != null && of.contains(first);
    }

    /** Same name, or one a short form of the other (Alex / Alexander). */
    private static boolean agrees(String part, String first) {
        if (part.equals(first)) return true;
        if (part.length() >= 3 && first.startsWith(part)) return true;
        return first.length() >= 3 && part.startsWith(first);
    }

    /**
     * True when an ASCII local part email[0, at) has a letter run that {@link #agrees} with
     * {@code first}, compared in place; false also when the local part is not ASCII.
     */
    private static boolean asciiPartAgrees(String email, int at, String first) {
        int plus = email.indexOf('+');
        int end = plus > 0 && plus < at ? plus : at;
        int run = -1;
        for (int i = 0; i <= end; i++) {
            char c = i < end ? email.charAt(i) : '.';
            if (c >= 128) return false;
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (letter && run < 0) run = i;
            if (!letter && run >= 0) {
                if (runAgrees(email, run, i, first)) return true;
                run = -1;
            }
        }
        return false;
    }

    /** {@link #agrees} of the lower-cased letter run email[from, to) and {@code first}, without building the run. */
    private static boolean runAgrees(String email, int from, int to, String first) {
        int length = to - from;
        int common = Math.min(length, first.length());
        for (int i = 0; i < common; i++) {
            if (Character.toLowerCase(email.charAt(from + i)) != first.charAt(i)) return false;
        }
        // equal, or one a prefix of the other at least three letters long
        return length == first.length() || common >= 3;
    }

    /** Letter runs of the local part: "maria.lopez+news84" → [maria, lopez, news]. */
    private static List<String> parts(String local) {
        int plus = local.indexOf('+');
        if (plus > 0) local = local.substring(0, plus);
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String folded = fold(local);
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetter(c)) current.append(c);
            else if (!current.isEmpty()) { parts.add(current.toString()); current.setLength(0); }
        }
        if (!current.isEmpty()) parts.add(current.toString());
        return parts;
    }

    /** Lower case without accents, so José matches jose. */
    static String fold(String text) {
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) ascii = text.charAt(i) < 128;
        if (ascii) return text.toLowerCase(Locale.ROOT);   // NFD leaves ASCII alone and it has no marks
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) out.append(c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
