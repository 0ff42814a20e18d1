package com.trustproof.render;

import com.trustproof.model.Recipient;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A rendering's path reads as its own marks, whatever path the thread's renderer handed out before. */
class RenderPathTest {
    private static String pathOf(String marks) {
        RenderOutput out = RenderOutput.forRecipient(new Recipient(1, "a@example.com", Map.of()));
        for (char mark : marks.toCharArray()) out.mark(mark);
        return out.path();
    }

    @Test
    void aPathReadsAsItsMarks() {
        // the same path again, another of the same length, shorter, longer, empty, and back
        for (String marks : new String[]{"ab", "ab", "ba", "a", "abc", "", "", "ab", "aa", "x".repeat(100), "x".repeat(100)}) {
            assertEquals(marks, pathOf(marks));
        }
    }

    @Test
    void theSamePathAgainIsTheSameString() {
        assertSame(pathOf("fv1"), pathOf("fv1"));
    }
}
