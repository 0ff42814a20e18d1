package com.trustproof.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.trustproof.app.input.CampaignReader;
import com.trustproof.app.input.ParsedRow;
import com.trustproof.app.input.RecipientSource;
import com.trustproof.model.Campaign;
import com.trustproof.model.FieldNames;
import com.trustproof.model.Recipient;
import com.trustproof.model.Row;
import com.trustproof.model.ShownFields;
import com.trustproof.store.CellEncoder;
import com.trustproof.store.NewRecipient;
import com.trustproof.store.RecipientTable;
import com.trustproof.store.ReviewStore;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * Loads a campaign and a recipient list into a review file in one transaction. Rows go in as
 * read, on two cores (parsing on one, SQLite on the other); rendering and checking them is the
 * {@link CheckPass}'s job, afterwards, so the first screen never waits for a million checks.
 */
final class Importer {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final int PROGRESS_EVERY = 5000;

    /** What went in: rows loaded, rows rejected (with --skip-invalid). */
    record Outcome(long loaded, long rejected, Path rejectsFile) {}

    private final boolean skipInvalid;
    private final Progress progress;

    Importer(boolean skipInvalid, Progress progress) {
        this.skipInvalid = skipInvalid;
        this.progress = progress;
    }

    Outcome load(ReviewStore store, Path campaignFile, Path recipientsFile) {
        Campaign campaign = CampaignReader.read(campaignFile);
        long[] result = new long[2];
        Path rejectsFile = recipientsFile.resolveSibling(recipientsFile.getFileName() + ".rejected.csv");
        try (RecipientSource source = RecipientSource.open(recipientsFile); Rejects rejects = new Rejects(rejectsFile, source.headers())) {
            List<String> columns = source.columns();
            store.inTransaction(() -> {
                RecipientTable table = store.recipients();
                boolean withShownFields = table.beginReplace(); // before the columns change: earlier rows are read with their own
                store.addCampaignVersion(json(campaign));
                store.replaceColumns(columns, source.headers());
                CheckPass.markPending(store);
                int emailColumn = columns.indexOf(FieldNames.EMAIL);
                ShownFields.Columns shown = ShownFields.Columns.of(columns);
                EmailKeys seen = new EmailKeys();
                Set<String> repeated = new LinkedHashSet<>();
                List<Long> repeatedIds = new ArrayList<>();
                Handoff.<NewRecipient>run(emit -> {
                    CellEncoder encoder = new CellEncoder();
                    long id = 0;
                    for (ParsedRow row; (row = source.next()) != null; ) {
                        String problem = problemOf(row, emailColumn);
                        if (problem != null) {
                            if (!skipInvalid) throw located(recipientsFile, row, emailColumn, problem);
                            rejects.add(row, problem);
                            continue;
                        }
                        List<String> cells = row.cells();
                        ShownFields fields = withShownFields ? shown.fieldsOf(cells) : null;
                        String emailKey = fields != null ? fields.emailKey() : ShownFields.emailKey(shown.emailOf(cells));
                        long earlier = seen.add(emailKey, ++id);
                        if (earlier != 0) { // perhaps the same address again: compared by key once loaded
                            repeated.add(emailKey);
                            repeatedIds.add(earlier);
                            repeatedIds.add(id);
                        }
                        emit.accept(new NewRecipient(id, row.line(), fields, encoder.encode(cells)));
                        if (Thread.currentThread().isInterrupted()) throw new CancellationException("import cancelled");
                    }
                }, batch -> {
                    for (NewRecipient recipient : batch) table.add(recipient);
                    result[0] += batch.size();
                    if (Thread.currentThread().isInterrupted()) throw new CancellationException("import cancelled");
                    if (result[0] % PROGRESS_EVERY < batch.size()) progress.update(result[0], -1);
                });
                table.finishReplace();
                table.fillShownFields(repeatedIds); // the duplicate check compares their keys
                rejectDuplicates(recipientsFile, table, repeated, rejects);
                result[0] -= rejects.duplicates();
                result[1] = rejects.count();
            });
            progress.update(result[0], result[0]);
        } catch (UncheckedIOException e) {
            throw new InputException(recipientsFile, 0, 0, "cannot read: " + e.getMessage());
        }
        return new Outcome(result[0], result[1], result[1] > 0 ? rejectsFile : null);
    }

    private void rejectDuplicates(Path file, RecipientTable table, Set<String> repeated, Rejects rejects) throws Exception {
        List<String> duplicates = table.duplicates(repeated, 5);
        if (duplicates.isEmpty()) return;
        if (!skipInvalid) {
            throw new InputException(file, 0, 0, "the same email appears more than once: " + String.join("; ", duplicates)
                    + " (use --skip-invalid to keep the first of each)");
        }
        for (Map.Entry<Long, String> removed : table.removeDuplicates(repeated)) rejects.addDuplicate(removed.getKey(), removed.getValue());
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
        Row row = new Row(columnsOf(columns), cells);
        String email = row.get(FieldNames.EMAIL); // the last email column's cell, as the map reads
        return new Recipient(id, email == null ? "" : email.strip(), row);
    }

    /** The columns of the list last read (one list is read row after row, by every worker): worked out once. */
    private static volatile Row.Columns lastColumns;

    private static Row.Columns columnsOf(List<String> columns) {
        Row.Columns known = lastColumns;
        if (known == null || !known.of(columns)) lastColumns = known = new Row.Columns(columns);
        return known;
    }

    /** Rows left out with --skip-invalid, written beside the list with their line and reason. */
    private static final class Rejects implements AutoCloseable {
        private final Path file;
        private final List<String> headers;
        private CSVPrinter printer;
        private long count, duplicates;

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
            duplicates++;
        }

        long duplicates() { return duplicates; }

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
