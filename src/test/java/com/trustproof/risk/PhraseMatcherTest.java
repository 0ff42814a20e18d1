package com.trustproof.risk;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PhraseMatcherTest {
    private static List<String> found(PhraseMatcher matcher, String text) {
        List<String> out = new ArrayList<>();
        matcher.scan(text, (phrase, start, end) -> out.add(text.substring(start, end)));
        return out;
    }

    @Test
    void matchesCaseInsensitiveOnWordBoundaries() {
        PhraseMatcher m = PhraseMatcher.compile(List.of("act now", "winner", "click here"));
        assertEquals(List.of("ACT NOW", "Winner"), found(m, "ACT NOW! Winner announced."));
        assertEquals(List.of(), found(m, "transact nowhere, winners-only"));
    }

    @Test
    void whiteSpaceRunsAndCurlyApostrophesFold() {
        PhraseMatcher m = PhraseMatcher.compile(List.of("you're a winner", "click here"));
        assertEquals(List.of("you\u2019re a\n  winner", "click\u00A0here"), found(m, "Hey, you\u2019re a\n  winner. click\u00A0here"));
    }

    @Test
    void reportsTheLongestPhraseEndingAtAPosition() {
        PhraseMatcher m = PhraseMatcher.compile(List.of("fellow runner", "as a fellow runner", "runner"));
        assertEquals(List.of("As a fellow runner"), found(m, "As a fellow runner, you know."));
        assertEquals(List.of("runner"), found(m, "Every runner knows."));
    }

    @Test
    void phrasesWithSymbolsNeedNoWordBoundary() {
        PhraseMatcher m = PhraseMatcher.compile(List.of("100% free", "$$$"));
        assertEquals(List.of("100% free", "$$$"), found(m, "It's 100% free!! Make $$$ now"));
    }

    @Test
    void overlappingPhrasesViaFailureLinks() {
        PhraseMatcher m = PhraseMatcher.compile(List.of("she sells", "sells sea shells", "shells"));
        assertEquals(List.of("she sells", "sells sea shells"), found(m, "she sells sea shells"));
    }
}
