package com.trustproof.app;

import com.trustproof.TestFiles;
import com.trustproof.model.DecisionStatus;
import com.trustproof.model.RecipientQuery;
import com.trustproof.model.RecipientRow;
import com.trustproof.risk.RiskEngine;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Import → approve → export → read back, over values that break naive CSV and spreadsheets. */
class HostileRoundTripTest {
    @TempDir
    Path dir;

    private static final List<List<String>> PEOPLE = List.of(
            List.of("quote@example.com", "Ann \"The Boss\"", "O'Neil, Jr.", "trail-runners"),
            List.of("newline@example.com", "Bo", "Line\nBreak\r\nLast", "trail-runners"),
            List.of("emoji@example.com", "Zoë 🏃‍♀️", "Ünïcødé", "hikers"),
            List.of("rtl@example.com", "مريم", "\u202Eevil\u202C", "hikers"),
            List.of("formula@example.com", "=HYPERLINK(\"http://x.example\",\"click\")", "+1-555", "trail-runners"),
            List.of("at@example.com", "@SUM(A1:A9)", "-2", "hikers"),
            List.of("tab@example.com", "\tTab", "\rReturn", "trail-runners"));

    @Test
    void hostileValuesSurviveTheWholeTrip() throws Exception {
        Path list = dir.resolve("hostile.csv");
        try (Writer writer = Files.newBufferedWriter(list, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                     .setHeader("Email Address", "First Name", "Last Name", "Segment", "Status", "Interests", "City").get())) {
            for (List<String> person : PEOPLE) {
                printer.printRecord(person.get(0), person.get(1), person.get(2), person.get(3), "subscribed", "running", "Oslo");
            }
        }
        Path out = dir.resolve("approved.csv");
        try (ReviewSession session = ReviewSession.importFiles(dir.resolve("h.trustproof"), TestFiles.DEMO_CAMPAIGN, list,
                RiskEngine.defaults(), false, Progress.NONE).session()) {
            for (RecipientRow row : session.page(RecipientQuery.all(), 0, 100)) {
                session.decide(row.id(), DecisionStatus.APPROVED, "ok, \"really\"\n=1+1");
            }
            assertEquals(PEOPLE.size(), session.exportApproved(out, Progress.NONE));
        }
        Map<String, CSVRecord> byEmail = new HashMap<>();
        try (CSVParser parser = CSVParser.parse(out, StandardCharsets.UTF_8, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord record : parser) byEmail.put(record.get("email"), record);
        }
        assertEquals(PEOPLE.size(), byEmail.size());
        for (List<String> person : PEOPLE) {
            CSVRecord record = byEmail.get(person.get(0));
            assertEquals(expected(person.get(1)), record.get("first_name"));
            assertEquals(expected(person.get(2)), record.get("last_name"));
            assertEquals("ok, \"really\"\n=1+1", record.get("note"));
            assertTrue(record.get("body").contains("Hi "), record.get("body"));
        }
        // a value that a spreadsheet would run never starts a cell
        for (CSVRecord record : byEmail.values()) {
            for (String cell : record) assertTrue(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0, cell);
        }
    }

    /** What the export must write for a value: the value itself, or with a leading ' when it would run as a formula. */
    private static String expected(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
