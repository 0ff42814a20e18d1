package com.trustproof.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.trustproof.app.input.CampaignReader;
import com.trustproof.app.input.ParsedRow;
import com.trustproof.app.input.RecipientSource;
import com.trustproof.model.Campaign;
import com.trustproof.model.FieldNames;
import com.trustproof.model.Recipient;
import com.trustproof.render.CompiledCampaign;
import com.trustproof.risk.RiskEngine;
import com.trustproof.store.NewRecipient;
import com.trustproof.store.RecipientTable;
import com.trustproof.store.ReviewStore;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * Loads a campaign and a recipient list into a review file in one transaction: every row is
 * rendered and checked on the way in, so the first screen has scores and groups at once.
 */
final class Importer {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final int PROGRESS_EVERY = 5000;

    /** What went in: rows loaded, rows rejected (with --skip-invalid), decisions sent back to pending. */
    record Outcome(long loaded, long rejected, long reset, Path rejectsFile) {}

    private final RiskEngine engine;
    private final boolean skipInvalid;
    private final Progress progress;

    Importer(RiskEngine engine, boolean skipInvalid, Progress progress) {
        this.engine = engine;
        this.skipInvalid = skipInvalid;
        this.progress = progress;
    }

    Outcome load(ReviewStore store, Path campaignFile, Path recipientsFile) {
        Campaign campaign = CampaignReader.read(campaignFile);
        CompiledCampaign compiled = CompiledCampaign.compile(campaign);
        long[] result = new long[3];
        Path rejectsFile = recipientsFile.resolveSibling(recipientsFile.getFileName() + ".rejected.csv");
        try (RecipientSource source = RecipientSource.open(recipientsFile); Rejects rejects = new Rejects(rejectsFile, source.headers())) {
            List<String> columns = source.columns();
            Checker checker = new Checker(compiled, engine.begin(compiled, new HashSet<>(columns), LocalDate.now()));
            ListStats stats = new ListStats();
            store.inTransaction(() -> {
                store.addCampaignVersion(json(campaign));
                store.replaceColumns(columns, source.headers());
                RecipientTable table = store.recipients();
                table.beginReplace();
                int emailColumn = columns.indexOf(FieldNames.EMAIL);
                Handoff.<Checked>run(emit -> {
                    long id = 0;
                    for (ParsedRow row; (row = source.next()) != null; ) {
                        String problem = problemOf(row, emailColumn);
                        if (problem != null) {
                            if (!skipInvalid) throw located(recipientsFile, row, emailColumn, problem);
                            rejects.add(row, problem);
                            continue;
                        }
                        Recipient recipient = recipient(++id, columns, row.cells());
                        Checker.Result checked = checker.check(recipient);
                        stats.add(recipient, checked.check());
                        emit.accept(new Checked(id, row.line(), recipient, row.cells(), checked));
                        if (Thread.currentThread().isInterrupted()) throw new CancellationException("import cancelled");
                    }
                }, batch -> {
                    // hashing and cell encoding run here, beside SQLite, to even out the two threads
                    for (Checked checked : batch) table.add(checked.toRow());
                    result[0] += batch.size();
                    if (Thread.currentThread().isInterrupted()) throw new CancellationException("import cancelled");
                    if (result[0] % PROGRESS_EVERY < batch.size()) progress.update(result[0], -1);
                });
                result[2] = table.finishReplace();
                rejectDuplicates(recipientsFile, table, rejects);
                result[1] = rejects.count();
                store.putMeta("campaign_findings", json(checker.finishCampaign()));
                store.replaceStats(ListStats.BY_RULE, stats.recipientsByRule);
                store.replaceStats(ListStats.RISKY_BY_SEGMENT, stats.riskyBySegment);
            });
            progress.update(result[0], result[0]);
        } catch (UncheckedIOException e) {
            throw new InputException(recipientsFile, 0, 0, "cannot read: " + e.getMessage());
        }
        return new Outcome(result[0], result[1], result[2], result[1] > 0 ? rejectsFile : null);
    }

    private void rejectDuplicates(Path file, RecipientTable table, Rejects rejects) throws Exception {
        List<String> duplicates = table.duplicates(5);
        if (duplicates.isEmpty()) return;
        if (!skipInvalid) {
            throw new InputException(file, 0, 0, "the same email appears more than once: " + String.join("; ", duplicates)
                    + " (use --skip-invalid to keep the first of each)");
        }
        for (Map.Entry<Long, String> removed : table.removeDuplicates()) rejects.addDuplicate(removed.getKey(), removed.getValue());
    }

    /** Why a row cannot be used, located at its line and column (ragged row, missing or invalid email), or null. */
    static InputException problemOf(Path file, ParsedRow row, int emailColumn) {
        String problem = problemOf(row, emailColumn);
        return problem == null ? null : located(file, row, emailColumn, problem);
    }

    private static InputException located(Path file, ParsedRow row, int emailColumn, String problem) {
        return new InputException(file, row.line(), row.problem() != null ? row.problemColumn() : emailColumn + 1, problem);
    }

    private static String problemOf(ParsedRow row, int emailColumn) {
        if (row.problem() != null) return row.problem();
        String email = row.cells().get(emailColumn).strip();
        if (email.isEmpty()) return "no email address";
        if (!looksLikeEmail(email)) return "not an email address: \"" + email + "\"";
        return null;
    }

    /** The address pattern [^@\\s]+@[^@\\s]+\\.[^@\\s]+ without the regex engine: one '@', no white space, a dot inside the domain. */
    static boolean looksLikeEmail(String email) {
        int at = -1;
        for (int i = 0; i < email.length(); i++) {
            char c = email.charAt(i);
            if (c == '@') {
                if (at >= 0) return false;
                at = i;
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return false;
            }
        }
        if (at <= 0) return false;
        for (int i = at + 2; i < email.length() - 1; i++) {
            if (email.charAt(i) == '.') return true;
        }
        return false;
    }

    static Recipient recipient(long id, List<String> columns, List<String> cells) {
        // the record copies its map: hand it a view of the row instead of building a map twice
        String email = "";
        for (int i = columns.size() - 1; i >= 0; i--) {
            if (columns.get(i).equals(FieldNames.EMAIL)) { email = i < cells.size() ? cells.get(i) : ""; break; }
        }
        return new Recipient(id, email.strip(), new RowView(columns, cells));
    }

    /** Columns and cells as a map, for copying only: entries in column order (a repeated name: the last cell wins). */
    private static final class RowView extends java.util.AbstractMap<String, String> {
        private final List<String> columns, cells;

        RowView(List<String> columns, List<String> cells) {
            this.columns = columns;
            this.cells = cells;
        }

        @Override
        public int size() { return columns.size(); }

        @Override
        public java.util.Set<Entry<String, String>> entrySet() {
            return new java.util.AbstractSet<>() {
                @Override
                public int size() { return columns.size(); }

                @Override
                public java.util.Iterator<Entry<String, String>> iterator() {
                    return new java.util.Iterator<>() {
                        private int i;

                        @Override
                        public boolean hasNext() { return i < columns.size(); }

                        @Override
                        public Entry<String, String> next() {
                            if (i >= columns.size()) throw new java.util.NoSuchElementException();
                            int at = i++;
                            return new SimpleImmutableEntry<>(columns.get(at), at < cells.size() ? cells.get(at) : "");
                        }
                    };
                }
            };
        }
    }

    /** A parsed, rendered and checked row on its way to the writer thread. */
    private record Checked(long id, long line, Recipient recipient, List<String> cells, Checker.Result result) {
        NewRecipient toRow() {
            return new NewRecipient(id, line, recipient.email(), recipient.displayName(),
                    segments(recipient), orEmpty(recipient.consent()), RecipientTable.encode(cells), result.summary());
        }
    }

    /** The segment cell as "a;b": its non-blank parts, stripped (as String.join(";", segments())). */
    static String segments(Recipient recipient) {
        String raw = recipient.get(FieldNames.SEGMENT);
        if (Recipient.isMissing(raw)) return "";
        if (raw.indexOf(';') < 0) return raw.strip();
        return String.join(";", recipient.segments());
    }

    private static String orEmpty(String text) { return text == null ? "" : text.strip(); }

    /** Rows left out with --skip-invalid, written beside the list with their line and reason. */
    private static final class Rejects implements AutoCloseable {
        private final Path file;
        private final List<String> headers;
        private CSVPrinter printer;
        private long count;

        Rejects(Path file, List<String> headers) {
            this.file = file;
            this.headers = headers;
        }

        void add(ParsedRow row, String reason) throws IOException {
            List<Object> record = new ArrayList<>(List.of(row.line(), reason));
            record.addAll(row.cells());
            print(record);
        }

        void addDuplicate(long line, String email) throws IOException {
            print(List.of(line, "duplicate email: " + email));
        }

        private void print(List<Object> record) throws IOException {
            try {
                if (printer == null) {
                    List<String> header = new ArrayList<>(List.of("line", "reason"));
                    header.addAll(headers);
                    printer = new CSVPrinter(Files.newBufferedWriter(file), CSVFormat.DEFAULT.builder()
                            .setHeader(header.toArray(String[]::new)).get());
                }
                printer.printRecord(record);
                count++;
            } catch (IOException e) {
                throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
            }
        }

        long count() { return count; }

        @Override
        public void close() {
            try {
                if (printer != null) printer.close();
            } catch (IOException ignored) {
                // the import result does not depend on the side file closing cleanly
            }
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
