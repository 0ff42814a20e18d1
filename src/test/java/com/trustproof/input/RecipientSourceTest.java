package com.trustproof.input;

import com.trustproof.TestFiles;
import com.trustproof.app.InputException;
import com.trustproof.app.input.ParsedRow;
import com.trustproof.app.input.RecipientSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecipientSourceTest {
    @TempDir
    Path dir;

    private static List<ParsedRow> rows(Path file) {
        List<ParsedRow> rows = new ArrayList<>();
        try (RecipientSource source = RecipientSource.open(file)) {
            for (ParsedRow row; (row = source.next()) != null; ) rows.add(row);
        }
        return rows;
    }

    @Test
    void mailchimpHeadersBecomeCanonicalColumns() {
        try (RecipientSource source = RecipientSource.open(TestFiles.DEMO_RECIPIENTS)) {
            assertEquals(List.of("email", "first_name", "last_name", "segment", "consent", "last_active", "city", "interests"),
                    source.columns());
            assertEquals("Email Address", source.headers().get(0));
        }
    }

    @Test
    void bomSemicolonsCrlfAndQuotedNewlines() throws IOException {
        Path file = dir.resolve("list.csv");
        String csv = "\uFEFFEmail;First Name;Note\r\nana@example.com;Ana;\"two\r\nlines; and a semicolon\"\r\nbo@example.com;Bo;x\r\n";
        Files.writeString(file, csv);
        List<ParsedRow> rows = rows(file);
        assertEquals(2, rows.size());
        assertEquals("two\r\nlines; and a semicolon", rows.get(0).cells().get(2));
        assertEquals(2, rows.get(0).line());
        assertEquals(4, rows.get(1).line(), "line numbers count the quoted newline");
        try (RecipientSource source = RecipientSource.open(file)) {
            assertEquals("email", source.columns().get(0), "the BOM is not part of the first header");
        }
    }

    @Test
    void raggedRowIsReportedWithItsLineAndColumn() {
        Path file = TestFiles.write(dir, "list.csv", "email,first_name\na@example.com,A\nb@example.com,B,extra\n");
        List<ParsedRow> rows = rows(file);
        assertNull(rows.get(0).problem());
        assertEquals(3, rows.get(1).line());
        assertEquals(3, rows.get(1).problemColumn());
        assertTrue(rows.get(1).problem().contains("3 cells"));
    }

    @Test
    void unterminatedQuoteNamesTheLine() {
        Path file = TestFiles.write(dir, "list.csv", "email,first_name\na@example.com,A\nb@example.com,\"B\nc@example.com,C\n");
        InputException error = assertThrows(InputException.class, () -> rows(file));
        assertEquals(3, error.line());
        assertTrue(error.getMessage().contains("never closed"), error.getMessage());
    }

    @Test
    void noEmailColumnEmptyBinaryAndMissingFilesAreRefused() throws IOException {
        InputException noEmail = assertThrows(InputException.class,
                () -> RecipientSource.open(TestFiles.write(dir, "a.csv", "name,city\nAna,Oslo\n")));
        assertTrue(noEmail.getMessage().contains("no email column"));
        assertEquals(1, noEmail.line());
        InputException empty = assertThrows(InputException.class, () -> RecipientSource.open(TestFiles.write(dir, "b.csv", "  \n")));
        assertTrue(empty.getMessage().contains("empty"));
        Path binary = dir.resolve("c.csv");
        Files.write(binary, new byte[]{0x50, 0x4B, 3, 4, 0, 0, 1, 2});
        assertTrue(assertThrows(InputException.class, () -> RecipientSource.open(binary)).getMessage().contains("binary"));
        assertTrue(assertThrows(InputException.class, () -> RecipientSource.open(dir.resolve("none.csv"))).getMessage().contains("not found"));
    }

    @Test
    void latin1IsRefusedAsNotUtf8() throws IOException {
        Path file = dir.resolve("latin.csv");
        Files.write(file, "email,first_name\nj@example.com,Jos\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        InputException error = assertThrows(InputException.class, () -> rows(file));
        assertTrue(error.getMessage().contains("UTF-8"), error.getMessage());
    }

    @Test
    void jsonArraysStreamWithUnionOfKeys() {
        Path file = TestFiles.write(dir, "list.json", "[\n {\"email\": \"a@example.com\", \"firstName\": \"Ann\", \"tags\": [\"x\", \"y\"]},\n"
                + " {\"email\": \"b@example.com\", \"city\": \"Oslo\", \"score\": 3, \"x\": null}\n]");
        List<ParsedRow> rows = rows(file);
        try (RecipientSource source = RecipientSource.open(file)) {
            assertEquals(List.of("email", "first_name", "segment", "city", "score", "x"), source.columns());
        }
        assertEquals(List.of("a@example.com", "Ann", "x;y", "", "", ""), rows.get(0).cells());
        assertEquals(List.of("b@example.com", "", "", "Oslo", "3", ""), rows.get(1).cells());
        assertEquals(3, rows.get(1).line());
    }

    @Test
    void brokenJsonNamesLineAndColumn() {
        Path file = TestFiles.write(dir, "list.json", "[\n {\"email\": \"a@example.com\"},\n {\"email\" \"b\"}\n]");
        InputException error = assertThrows(InputException.class, () -> rows(file));
        assertEquals(3, error.line());
        assertTrue(error.column() > 0);
    }
}
