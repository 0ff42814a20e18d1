package com.trustproof.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A Row reads exactly as the LinkedHashMap a recipient used to copy its row into, column by column. */
class RowTest {
    @Test
    void readsAsAMapFilledColumnByColumn() {
        String[] names = {"email", "first_name", "city", "segment", "x"};
        Random random = new Random(9);
        for (int round = 0; round < 500; round++) {
            List<String> columns = new ArrayList<>();
            for (int c = random.nextInt(7); c > 0; c--) columns.add(names[random.nextInt(names.length)]);   // repeats too
            List<String> cells = new ArrayList<>();
            for (int c = random.nextInt(columns.size() + 2); c > 0; c--) cells.add(random.nextInt(5) == 0 ? null : "v" + c);
            Map<String, String> expected = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) expected.put(columns.get(i), i < cells.size() ? cells.get(i) : "");

            Row row = new Row(new Row.Columns(columns), cells);
            assertEquals(expected, row);
            assertEquals(row, expected);
            assertEquals(expected.hashCode(), row.hashCode());
            assertEquals(expected.toString(), row.toString());
            assertEquals(new ArrayList<>(expected.entrySet()), new ArrayList<>(row.entrySet()), "order: " + columns);
            for (String name : names) {
                assertEquals(expected.get(name), row.get(name), name);
                assertEquals(expected.containsKey(name), row.containsKey(name), name);
            }
        }
    }

    @Test
    void aRecipientKeepsItsRowAndCannotChangeIt() {
        Row row = new Row(new Row.Columns(List.of("email", "first_name")), Arrays.asList("a@example.com", "Ann"));
        Recipient recipient = new Recipient(1, "a@example.com", row);
        assertSame(row, recipient.attributes());
        assertThrows(UnsupportedOperationException.class, () -> recipient.attributes().put("first_name", "Bob"));
        assertThrows(UnsupportedOperationException.class, () -> recipient.attributes().entrySet().iterator().next().setValue("x"));
        assertEquals(new Recipient(1, "a@example.com", Map.of("email", "a@example.com", "first_name", "Ann")), recipient);
    }

    @Test
    void findsANameAsTheSameStringOrAsEqualText() {
        // get looks for the key itself among a narrow row's names first; an equal string found by its
        // text, or any name of a wide row, must read the same cell
        for (int width : new int[]{1, 3, 32, 33, 40}) {
            List<String> columns = new ArrayList<>(), cells = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                columns.add("col" + i);   // built at run time: neither a constant nor interned
                cells.add("v" + i);
            }
            Row row = new Row(new Row.Columns(columns), cells);
            for (int i = 0; i < width; i++) {
                String name = "col" + i;
                assertEquals("v" + i, row.get(name), name);
                assertEquals("v" + i, row.get(name.intern()), name);
                assertEquals("v" + i, row.get(columns.get(i)), name);
            }
            assertEquals(null, row.get("missing"));
            assertEquals(null, row.get(null));
        }
    }
}
