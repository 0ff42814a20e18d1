package com.trustproof.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.trustproof.render.RenderedText;
import com.trustproof.render.Rendering;
import com.trustproof.store.CellEncoder;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hand-written hot paths produce exactly what the general code they replaced produced. */
class FastEncodingTest {
    private static final String ALPHABET = "abcXYZ \"\\\n\r\t\b\f\u0000\u0001\u001f/\u00e9\u2028\uD83D\uDE00;,";

    @Test
    void cellsRoundTripThroughTheStoredJson() throws Exception {
        ObjectMapper jackson = new ObjectMapper();
        Random random = new Random(3);
        for (int round = 0; round < 2000; round++) {
            List<String> cells = new ArrayList<>();
            int count = random.nextInt(6);
            for (int c = 0; c < count; c++) cells.add(random.nextInt(20) == 0 ? null : text(random, random.nextInt(12)));
            assertEquals(cells, jackson.readValue(new CellEncoder().encode(cells), List.class));
        }
    }

    @Test
    void messageHashIsTheTwoLaneFnvOfBefore() {
        Random random = new Random(5);
        for (int round = 0; round < 500; round++) {
            Rendering rendering = new Rendering(new RenderedText(text(random, random.nextInt(40)), List.of()),
                    new RenderedText(text(random, random.nextInt(10)), List.of()),
                    new RenderedText(text(random, random.nextInt(2000)), List.of()), "p");
            assertEquals(previousHash(rendering), Checker.messageHash(rendering));
        }
    }

    @Test
    void emailCheckAgreesWithTheRegex() {
        java.util.regex.Pattern regex = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
        String alphabet = "ab@.. \t\u000B\u00e9x";
        Random random = new Random(11);
        for (int round = 0; round < 50_000; round++) {
            StringBuilder email = new StringBuilder();
            int length = random.nextInt(9);
            for (int i = 0; i < length; i++) email.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String text = email.toString();
            assertEquals(regex.matcher(text).matches(), Importer.looksLikeEmail(text), text);
        }
        assertEquals(true, Importer.looksLikeEmail("anna.lopez@example.com"));
    }

    private static String previousHash(Rendering rendering) {
        long a = 0xCBF29CE484222325L, b = 0x84222325CBF29CE4L;
        for (RenderedText text : new RenderedText[]{rendering.subject(), rendering.preheader(), rendering.body()}) {
            a = Checker.hash64(text.text(), a) * 31 + 1;
            b = Checker.hash64(text.text(), b ^ 0x5bd1e995L) * 37 + 1;
        }
        return String.format("%016x%016x", a, b);
    }

    private static String text(Random random, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return out.toString();
    }
}
