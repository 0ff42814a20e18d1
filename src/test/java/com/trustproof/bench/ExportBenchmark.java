package com.trustproof.bench;

import com.trustproof.export.ApprovedSend;
import com.trustproof.export.CsvExport;
import com.trustproof.export.ExportOptions;
import com.trustproof.export.SendSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes synthetic approved sends (default 1,000,000, ~1.2 KB bodies) to a temp file and prints
 * rows/s and MB/s, then the same without the disk (CSV formatting + UTF-8 encoding only). Not a JUnit test (surefire excludes *Benchmark*). Run with the test classpath:
 * {@code java -cp target/classes:target/test-classes:<deps> com.trustproof.bench.ExportBenchmark [rows]}.
 */
public final class ExportBenchmark {
    private static final String PARAGRAPH = "As a fellow trail runner, you know that the right grip "
            + "changes everything, on wet roots, loose gravel and the last steep mile home. ";

    public static void main(String[] args) throws IOException {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        String body = body();
        Path dir = Files.createTempDirectory("trustproof-bench");
        Path out = dir.resolve("approved.csv");
        try {
            for (int run = 1; run <= 3; run++) {
                long start = System.nanoTime();
                long written = CsvExport.write(out, source(rows, body), ExportOptions.DEFAULT, done -> {});
                double seconds = (System.nanoTime() - start) / 1e9;
                long bytes = Files.size(out);
                System.out.printf(Locale.ROOT, "run %d: %,d rows, %,.1f MB in %.2f s: %,.0f rows/s, %.1f MB/s%n",
                        run, written, bytes / 1e6, seconds, written / seconds, bytes / 1e6 / seconds);
            }
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(dir);
        }
        // the same rows, CSV formatting and UTF-8 encoding only (no disk): the CPU side of the export
        for (int run = 1; run <= 3; run++) {
            CountingStream counter = new CountingStream();
            long start = System.nanoTime();
            long written = CsvExport.write(counter, source(rows, body), ExportOptions.DEFAULT, done -> {});
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "no disk %d: %,d rows, %,.1f MB in %.2f s: %,.0f rows/s, %.1f MB/s%n",
                    run, written, counter.bytes / 1e6, seconds, written / seconds, counter.bytes / 1e6 / seconds);
        }
    }

    /** Counts and drops bytes. */
    private static final class CountingStream extends OutputStream {
        long bytes;

        @Override public void write(int b) { bytes++; }

        @Override public void write(byte[] b, int off, int len) { bytes += len; }
    }

    /** About 1.2 KB with line breaks, a comma and quotes, so most bodies need CSV quoting. */
    private static String body() {
        StringBuilder text = new StringBuilder("Hi Maria,\n\n");
        while (text.length() < 1_150) text.append(PARAGRAPH);
        return text.append("\n\n\"See you out there\", the Acme team").toString();
    }

    private static SendSource source(long rows, String body) {
        return sink -> {
            for (long i = 0; i < rows; i++) {
                String first = (i % 7 == 0) ? "=cmd" : "Maria";
                sink.accept(new ApprovedSend("maria.lopez" + i + "@example.com", first, "Lopez",
                        "trail-runners", "Maria, your next trail starts here",
                        "New grip, same love for the outdoors", body, "2026-11-29T16:00:00Z",
                        i % 10 == 0 ? "checked, fine" : ""));
            }
        };
    }
}
