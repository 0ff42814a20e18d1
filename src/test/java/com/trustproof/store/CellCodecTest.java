package com.trustproof.store;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CellCodecTest {
    private static List<String> roundTrip(List<String> cells) {
        return CellCodec.decode(new CellEncoder().encode(cells).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void decodesWhatTheStoreEncodes() {
        List<String> hostile = Arrays.asList("maria@example.com", "", "Zoë \"Zo\" O'Neil", "line\nbreak\ttab\u0000nul",
                "emoji 🏃‍♀️ and 中文", "\\backslash\\", "[\"not\", \"an array\"]", null, "=1+2", " spaced ");
        assertEquals(hostile, roundTrip(hostile));
        assertEquals(List.of(), roundTrip(List.of()));
    }

    @Test
    void theReusedEncoderWritesWhatJacksonDataBindingWrites() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper dataBinding = new com.fasterxml.jackson.databind.ObjectMapper();
        CellEncoder encoder = new CellEncoder();
        List<String> hostile = Arrays.asList("Zoë \"Zo\" O'Neil", "line\nbreak\ttab\u0000nul", "emoji 🏃‍♀️", null, "\\", "");
        for (List<String> cells : List.of(hostile, List.<String>of(), List.of("a@b.co"), hostile)) {
            assertEquals(dataBinding.writeValueAsString(cells), encoder.encode(cells));
        }
    }

    @Test
    void refusesADamagedRow() {
        for (String damaged : List.of("", "{\"a\": 1}", "[\"open", "[[\"nested\"]]", "\"text\"")) {
            assertThrows(IllegalStateException.class, () -> CellCodec.decode(damaged.getBytes(StandardCharsets.UTF_8)), damaged);
        }
    }
}
