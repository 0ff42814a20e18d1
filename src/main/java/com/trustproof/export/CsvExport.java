package com.trustproof.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Writes approved sends as CSV (RFC 4180, CRLF, UTF-8) for a mailing tool's import: one header row,
 * then one row per send with the columns of {@link ColumnStyle}. Every cell goes through
 * {@link FormulaGuard}. Streams: memory use does not grow with the number of rows.
 *
 * <p>Cancellation: the writing thread's interrupt flag is checked every {@value #CHECK_EVERY} rows;
 * an interrupt ends the export with a {@link CancellationException} and no file.
 */
public final class CsvExport {
    static final int CHECK_EVERY = 1024;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvExport() {}

    /**
     * Writes the sends to {@code target}, whole or not at all (an existing file is replaced only on
     * success). {@code progress} receives the number of rows written so far, every
     * {@value #CHECK_EVERY} rows and once at the end.
     *
     * @return the number of rows written (header not counted)
     * @throws ExportException       when the file cannot be written; the message names the path
     * @throws CancellationException when the thread was interrupted
     */
    public static long write(Path target, SendSource sends, ExportOptions options, LongConsumer progress) {
        Objects.requireNonNull(sends, "sends");
        Objects.requireNonNull(options, "options");
        return AtomicFile.write(target, "the export", out -> write(out, sends, options, progress));
    }

    /**
     * Writes the CSV as UTF-8 to {@code out} (for instance standard output); flushes but does not
     * close it.
     */
    public static long write(OutputStream out, SendSource sends, ExportOptions options, LongConsumer progress)
            throws IOException {
        LongConsumer report = progress == null ? done -> {} : progress;
        if (options.bom()) out.write(UTF8_BOM);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader(options.columns().headers().toArray(String[]::new))
                .get();
        Rows rows = new Rows(out, format, report);
        try {
            sends.forEach(rows);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        rows.drain();
        out.flush();
        report.accept(rows.count);
        return rows.count;
    }

    /**
     * The sink the source pushes into: one CSV row per send, no per-row collections. commons-csv
     * prints into a reusable, unsynchronized chunk buffer that goes to {@code out} as UTF-8 in
     * blocks of about {@value #CHUNK} chars: several times faster than printing into a
     * (synchronized) Writer that encodes through a CharsetEncoder.
     */
    private static final class Rows implements Consumer<ApprovedSend> {
        private static final int CHUNK = 64 * 1024;

        private final OutputStream out;
        private final StringBuilder chunk = new StringBuilder(CHUNK + 8 * 1024);
        private final CSVPrinter printer;
        private final LongConsumer progress;
        private long count;

        Rows(OutputStream out, CSVFormat format, LongConsumer progress) throws IOException {
            this.out = out;
            this.printer = new CSVPrinter(chunk, format); // prints the header
            this.progress = progress;
        }

        @Override
        public void accept(ApprovedSend send) {
            try {
                cell(send.email());
                cell(send.firstName());
                cell(send.lastName());
                cell(send.segment());
                cell(send.subject());
                cell(send.preheader());
                cell(send.body());
                cell(send.decidedAt());
                cell(send.note());
                printer.println();
                if (chunk.length() >= CHUNK) drain();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (++count % CHECK_EVERY == 0) {
                if (Thread.interrupted()) throw new CancellationException("Export cancelled");
                progress.accept(count);
            }
        }

        /** Hands what was printed so far to {@code out}. */
        void drain() throws IOException {
            out.write(chunk.toString().getBytes(StandardCharsets.UTF_8));
            chunk.setLength(0);
        }

        private void cell(String value) throws IOException {
            printer.print(FormulaGuard.neutralize(value));
        }
    }
}
