package com.trustproof.export;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Any text, however hostile, reads back as written, modulo the neutralizing quote. */
class CsvRoundTripProperties {

    @Property(tries = 500)
    void anyCellRoundTrips(@ForAll("cells") String value) throws IOException {
        ApprovedSend send = new ApprovedSend(value, value, value, value, value, value, value, value, value);
        List<String> row = ExportFixtures.parse(CsvExportTest.writeToString(List.of(send), ExportOptions.DEFAULT))
                .get(1).toList();
        String want = ExportFixtures.expected(value);
        assertEquals(List.of(want, want, want, want, want, want, want, want, want), row);
    }

    @Property(tries = 200)
    void anyRowRoundTrips(@ForAll("sends") ApprovedSend send) throws IOException {
        List<String> row = ExportFixtures.parse(CsvExportTest.writeToString(List.of(send), ExportOptions.DEFAULT.withBom(true)))
                .get(1).toList();
        assertEquals(ExportFixtures.cells(send).stream().map(ExportFixtures::expected).toList(), row);
    }

    /** Mostly CSV- and formula-relevant characters, mixed with any Unicode code point. */
    @Provide
    Arbitrary<String> cells() {
        Arbitrary<String> special = Arbitraries.of("=", "+", "-", "@", "\t", "\r", "\n", "\r\n", "\"", ",",
                "'", " ", ";", "\u202E", "\uFEFF", "🎉", "ש");
        Arbitrary<String> anyCodePoint = Arbitraries.integers().between(0, 0x10FFFF)
                .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)
                .map(Character::toString);
        Arbitrary<String> ascii = Arbitraries.strings().ascii().ofMaxLength(6);
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(4, special),
                        net.jqwik.api.Tuple.of(2, anyCodePoint),
                        net.jqwik.api.Tuple.of(3, ascii))
                .list().ofMaxSize(12)
                .map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<ApprovedSend> sends() {
        Arbitrary<String> c = cells();
        return Combinators.combine(List.of(c, c, c, c, c, c, c, c, c))
                .as(v -> new ApprovedSend(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5),
                        v.get(6), v.get(7), v.get(8)));
    }
}
