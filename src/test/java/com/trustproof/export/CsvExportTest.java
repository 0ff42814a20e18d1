package com.trustproof.export;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;

import static com.trustproof.export.ExportFixtures.cells;
import static com.trustproof.export.ExportFixtures.expected;
import static com.trustproof.export.ExportFixtures.leftovers;
import static com.trustproof.export.ExportFixtures.parse;
import static com.trustproof.export.ExportFixtures.send;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvExportTest {
    @TempDir Path dir;

    static final List<String> HOSTILE = List.of(
            "plain", "", "comma, inside", "quote \" inside", "\"fully quoted\"", "line\nfeed",
            "carriage\rreturn", "crlf\r\nend", "trailing newline\n", "  spaces  ", "emoji 🎉🏃‍♀️",
            "עברית right-to-left", "مرحبا \u202Eevil\u202C", "=HYPERLINK(\"http://evil.example\",\"click\")",
            "+1", "-2", "@SUM(A1:A9)", "\tTab first", "\rCR first", "'already quoted", "#comment?",
            "back\\slash", "semi;colon", "null", "\u0000nul");

    @Test
    void hostileValuesRoundTripExceptTheNeutralizingQuote() throws IOException {
        List<ApprovedSend> sends = new ArrayList<>();
        for (int i = 0; i < HOSTILE.size(); i++) {
            String v = HOSTILE.get(i);
            String w = HOSTILE.get((i + 7) % HOSTILE.size());
            sends.add(new ApprovedSend(v, w, v, w, v, w, v, w, v));
        }
        Path out = dir.resolve("approved.csv");

        long rows = CsvExport.write(out, SendSource.of(sends), ExportOptions.DEFAULT, done -> {});

        assertEquals(sends.size(), rows);
        List<CSVRecord> records = parse(out);
        assertEquals(sends.size() + 1, records.size());
        assertEquals(ColumnStyle.STANDARD.headers(), records.get(0).toList());
        for (int i = 0; i < sends.size(); i++) {
            List<String> want = cells(sends.get(i)).stream().map(ExportFixtures::expected).toList();
            assertEquals(want, records.get(i + 1).toList(), "row " + i);
        }
    }

    @Test
    void neutralizingQuoteAppearsExactlyWhereExpected() throws IOException {
        ApprovedSend send = new ApprovedSend("=1+1@x.example", "+Ann", "-Lee", "@team",
                "\tsubject", "\rpreheader", "body =not first", "2026-11-29", "ok");
        String csv = writeToString(List.of(send), ExportOptions.DEFAULT);
        List<String> row = parse(csv).get(1).toList();
        assertEquals(List.of("'=1+1@x.example", "'+Ann", "'-Lee", "'@team", "'\tsubject", "'\rpreheader",
                "body =not first", "2026-11-29", "ok"), row);
    }

    @Test
    void nullFieldsBecomeEmptyCells() throws IOException {
        ApprovedSend send = new ApprovedSend("a@b.example", null, null, null, "s", null, "b", "t", null);
        List<String> row = parse(writeToString(List.of(send), ExportOptions.DEFAULT)).get(1).toList();
        assertEquals(List.of("a@b.example", "", "", "", "s", "", "b", "t", ""), row);
    }

    @Test
    void bomOptionStartsFileWithUtf8Bom() throws IOException {
        Path with = dir.resolve("with.csv");
        Path without = dir.resolve("without.csv");
        CsvExport.write(with, SendSource.of(List.of(send("a@b.example", "Ann", ""))),
                ExportOptions.DEFAULT.withBom(true), null);
        CsvExport.write(without, SendSource.of(List.of(send("a@b.example", "Ann", ""))),
                ExportOptions.DEFAULT, null);

        byte[] withBytes = Files.readAllBytes(with);
        byte[] withoutBytes = Files.readAllBytes(without);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                java.util.Arrays.copyOf(withBytes, 3));
        assertEquals('e', withoutBytes[0]);
        assertEquals(withoutBytes.length + 3, withBytes.length);
        assertEquals(parse(with).get(1).toList(), parse(without).get(1).toList());
    }

    @Test
    void mailchimpHeaderNamesColumnsForMailchimpImport() throws IOException {
        String csv = writeToString(List.of(send("a@b.example", "Ann", "")),
                ExportOptions.DEFAULT.withColumns(ColumnStyle.MAILCHIMP));
        List<CSVRecord> records = parse(csv);
        assertEquals(List.of("Email Address", "First Name", "Last Name", "Tags", "Subject", "Preheader",
                "Body", "Decided At", "Note"), records.get(0).toList());
        assertEquals("a@b.example", records.get(1).get(0));
        assertEquals("trail-runners", records.get(1).get(3));
    }

    @Test
    void usesCrlfRecordsAndQuotesOnlyWhenNeeded() throws IOException {
        String csv = writeToString(List.of(send("a@b.example", "Ann", "fine, thanks")), ExportOptions.DEFAULT);
        assertTrue(csv.startsWith("email,first_name,last_name,segment,subject,preheader,body,decided_at,note\r\n"));
        assertTrue(csv.contains("a@b.example,Ann,Lopez,trail-runners,Hi Ann,New grip,\"Hi Ann,\n\nSee you"));
        assertTrue(csv.endsWith(",\"fine, thanks\"\r\n"));
    }

    @Test
    void emptySourceWritesHeaderOnly() throws IOException {
        Path out = dir.resolve("empty.csv");
        assertEquals(0, CsvExport.write(out, SendSource.of(List.<ApprovedSend>of()), ExportOptions.DEFAULT, null));
        assertEquals(1, parse(out).size());
    }

    @Test
    void streamsFromIteratorAndReportsProgress() {
        int n = 5_000;
        Iterator<ApprovedSend> sends = new Iterator<>() {
            int i;
            public boolean hasNext() { return i < n; }
            public ApprovedSend next() { return send("r" + i++ + "@x.example", "R", ""); }
        };
        List<Long> progress = new ArrayList<>();
        long rows = CsvExport.write(dir.resolve("p.csv"), SendSource.of(sends), ExportOptions.DEFAULT, progress::add);
        assertEquals(n, rows);
        assertEquals(List.of(1024L, 2048L, 3072L, 4096L, 5000L), progress);
    }

    @Test
    void existingTargetIsReplacedOnSuccess() throws IOException {
        Path out = dir.resolve("approved.csv");
        Files.writeString(out, "old content");
        CsvExport.write(out, SendSource.of(List.of(send("new@x.example", "New", ""))), ExportOptions.DEFAULT, null);
        assertEquals("new@x.example", parse(out).get(1).get(0));
        assertEquals(List.of(), leftovers(dir));
    }

    @Test
    void existingTargetIsKeptWhenTheSourceFails() throws IOException {
        Path out = dir.resolve("approved.csv");
        Files.writeString(out, "old content");
        SendSource failing = sink -> {
            for (int i = 0; i < 3000; i++) sink.accept(send("r" + i + "@x.example", "R", ""));
            throw new IllegalStateException("database went away");
        };
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CsvExport.write(out, failing, ExportOptions.DEFAULT, null));
        assertEquals("database went away", e.getMessage());
        assertEquals("old content", Files.readString(out));
        assertEquals(List.of(), leftovers(dir));
    }

    @Test
    void targetUnderARegularFileFailsWithClearMessageAndLeavesNothing() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("plain.txt"), "x");
        Path out = notAFolder.resolve("approved.csv");
        ExportException e = assertThrows(ExportException.class,
                () -> CsvExport.write(out, SendSource.of(List.of(send("a@b.example", "A", ""))), ExportOptions.DEFAULT, null));
        assertTrue(e.getMessage().contains(out.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertEquals(List.of(dir.resolve("plain.txt")), listAll(dir));
    }

    @Test
    void missingFolderFailsWithClearMessage() throws IOException {
        Path out = dir.resolve("no/such/folder/approved.csv");
        ExportException e = assertThrows(ExportException.class,
                () -> CsvExport.write(out, SendSource.of(List.of()), ExportOptions.DEFAULT, null));
        assertTrue(e.getMessage().contains(dir.resolve("no/such/folder").toString()), e.getMessage());
        assertEquals(List.of(), listAll(dir));
    }

    @Test
    void targetThatIsAFolderFails() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("out.csv"));
        ExportException e = assertThrows(ExportException.class,
                () -> CsvExport.write(folder, SendSource.of(List.of()), ExportOptions.DEFAULT, null));
        assertTrue(e.getMessage().contains(folder.toString()) && e.getMessage().contains("is a folder"));
        assertEquals(List.of(), leftovers(dir));
    }

    @Test
    void interruptCancelsAndLeavesNoFile() throws Exception {
        Path out = dir.resolve("approved.csv");
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
        SendSource endless = sink -> {
            for (long i = 0; ; i++) {
                if (i == 5_000) Thread.currentThread().interrupt(); // the user pressed Cancel
                sink.accept(send("r" + i + "@x.example", "R", ""));
            }
        };
        Thread worker = new Thread(() -> {
            try {
                CsvExport.write(out, endless, ExportOptions.DEFAULT, null);
            } catch (Throwable t) {
                thrown.set(t);
                stillInterrupted.set(Thread.currentThread().isInterrupted());
            }
        });
        worker.start();
        worker.join(10_000);
        assertFalse(worker.isAlive());
        assertInstanceOf(CancellationException.class, thrown.get());
        assertTrue(stillInterrupted.get(), "the interrupt stays visible to the caller");
        assertFalse(Files.exists(out));
        assertEquals(List.of(), listAll(dir));
    }

    @Test
    void interruptKeepsAnExistingTarget() throws Exception {
        Path out = dir.resolve("approved.csv");
        Files.writeString(out, "old content");
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            Thread.currentThread().interrupt();
            try {
                CsvExport.write(out, SendSource.of(List.of(send("a@b.example", "A", ""))), ExportOptions.DEFAULT, null);
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        worker.start();
        worker.join(10_000);
        assertInstanceOf(CancellationException.class, thrown.get());
        assertEquals("old content", Files.readString(out));
        assertEquals(List.of(out), listAll(dir));
    }

    @Test
    void writesUtf8() throws IOException {
        Path out = dir.resolve("u.csv");
        CsvExport.write(out, SendSource.of(List.of(send("a@b.example", "Zoë 🎉", ""))), ExportOptions.DEFAULT, null);
        assertTrue(new String(Files.readAllBytes(out), StandardCharsets.UTF_8).contains("Zoë 🎉"));
    }

    static String writeToString(List<ApprovedSend> sends, ExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.write(out, SendSource.of(sends), options, null);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<Path> listAll(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.toList();
        }
    }
}
