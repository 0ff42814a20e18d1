package com.trustproof.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RecipientTest {
    @Test
    void aCellSplitsIntoItsNonBlankPartsStripped() {
        assertEquals(List.of("a", "b"), Recipient.parts(" a ; ;b"));
        assertEquals(List.of("trail-runners", "hikers"), Recipient.parts("trail-runners;hikers;"));
        assertEquals(List.of("x"), Recipient.parts(";;x"));
        assertEquals(List.of("one value"), Recipient.parts("  one value  "));
        assertEquals(List.of(), Recipient.parts(";"));
        assertEquals(List.of(), Recipient.parts("   "));
        assertEquals(List.of(), Recipient.parts(null));
    }

    @Test
    void segmentsAreTheSegmentCellsParts() {
        Recipient recipient = new Recipient(1, "a@b.co", Map.of(FieldNames.SEGMENT, "vip; ;hikers "));
        assertEquals(List.of("vip", "hikers"), recipient.segments());
    }
}
