package com.trustproof.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Shared helpers of the export tests. */
final class ExportFixtures {
    private ExportFixtures() {}

    static ApprovedSend send(String email, String first, String note) {
        return new ApprovedSend(email, first, "Lopez", "trail-runners", "Hi " + first,
                "New grip", "Hi " + first + ",\n\nSee you on the trail.", "2026-11-29T10:00:00Z", note);
    }

    static List<String> cells(ApprovedSend s) {
        return List.of(s.email(), s.firstName(), s.lastName(), s.segment(), s.subject(), s.preheader(),
                s.body(), s.decidedAt(), s.note());
    }

    /** Parses a CSV text written by the export (BOM, if any, removed first). */
    static List<CSVRecord> parse(String csv) throws IOException {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        try (Reader in = new StringReader(text);
             CSVParser parser = CSVParser.parse(in, CSVFormat.DEFAULT)) {
            return parser.getRecords();
        }
    }

    static List<CSVRecord> parse(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** What a value must read back as: itself, or itself behind one neutralizing quote. */
    static String expected(String original) {
        if (original == null || original.isEmpty()) return "";
        return FormulaGuard.isFormulaStart(original.charAt(0)) ? "'" + original : original;
    }

    /** Temp files the export may have left in {@code dir}. */
    static List<Path> leftovers(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(AtomicFile.TEMP_PREFIX)).toList();
        }
    }
}
