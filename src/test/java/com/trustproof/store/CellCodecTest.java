package com.trustproof.store;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CellCodecTest {
    private static List<String> roundTrip(List<String> cells) {
        return CellCodec.decode(RecipientTable.encode(cells).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void decodesWhatTheStoreEncodes() {
        List<String> hostile = Arrays.asList("maria@example.com", "", "Zoë \"Zo\" O'Neil", "line\nbreak\ttab\u0000nul",
                "emoji 🏃‍♀️ and 中文", "\\backslash\\", "[\"not\", \"an array\"]", null, "=1+2", " spaced ");
        assertEquals(hostile, roundTrip(hostile));
        assertEquals(List.of(), roundTrip(List.of()));
    }

    /** The plain path cuts strings out of the bytes itself: it must read every row as Jackson does. */
    @Test
    void plainRowsReadAsJacksonReadsThem() {
        String[] values = {"", "Ann", "Zo\u00eb", "\u4e2d\u6587", "\ud83c\udfc3", "x;y", "a b", "null", "[", "]", ",", "\"", "\\", "\n", "'"};
        java.util.Random random = new java.util.Random(3);
        for (int round = 0; round < 2000; round++) {
            java.util.List<String> cells = new java.util.ArrayList<>();
            int size = random.nextInt(6);
            for (int c = 0; c < size; c++) {
                cells.add(random.nextInt(8) == 0 ? null : values[random.nextInt(values.length)] + values[random.nextInt(values.length)]);
            }
            byte[] json = RecipientTable.encode(cells).getBytes(StandardCharsets.UTF_8);
            assertEquals(CellCodec.parsed(json), CellCodec.decode(json));
            assertEquals(cells, CellCodec.decode(json));
        }
        for (String odd : List.of("[\"a\"] ", "[\"a\"]x", "[ \"a\"]", "[\"a\" , null]", "[1,true]", "[null]", "[]")) {
            byte[] json = odd.getBytes(StandardCharsets.UTF_8);
            assertEquals(CellCodec.parsed(json), CellCodec.decode(json), odd);
        }
    }

    @Test
    void theReusedEncoderWritesWhatTheStoreEncodes() {
        CellEncoder encoder = new CellEncoder();
        List<String> hostile = Arrays.asList("Zoë \"Zo\" O'Neil", "line\nbreak\ttab\u0000nul", "emoji 🏃‍♀️", null, "\\", "");
        for (List<String> cells : List.of(hostile, List.<String>of(), List.of("a@b.co"), hostile)) {
            assertEquals(RecipientTable.encode(cells), encoder.encode(cells));
        }
    }

    @Test
    void refusesADamagedRow() {
        for (String damaged : List.of("", "{\"a\": 1}", "[\"open", "[[\"nested\"]]", "\"text\"", "[\"a\",]", "[\"a\" \"b\"]",
                "[nul]", "[\"a\",", "[", "[\"raw\ttab\"]")) {
            assertThrows(IllegalStateException.class, () -> CellCodec.decode(damaged.getBytes(StandardCharsets.UTF_8)), damaged);
        }
    }
}
