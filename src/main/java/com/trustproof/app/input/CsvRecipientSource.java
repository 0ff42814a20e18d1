package com.trustproof.app.input;

import com.trustproof.app.InputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/** CSV recipient lists: UTF-8 with or without BOM, ',' ';' or tab delimited (detected), CRLF, quoted newlines. */
final class CsvRecipientSource extends RecipientSource {
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private long lastLine;

    private CsvRecipientSource(Path file, CSVParser parser) {
        super(file);
        this.parser = parser;
        this.records = parser.iterator();
        this.lastLine = parser.getCurrentLineNumber();
        setHeaders(parser.getHeaderNames());
    }

    static CsvRecipientSource openCsv(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        byte[] bom = in.readNBytes(3);
        boolean skipBom = hasBom(bom);
        in.close();
        in = Files.newInputStream(file);
        if (skipBom) in.skipNBytes(3);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        char delimiter = detectDelimiter(file, reader);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).get();
        try {
            return new CsvRecipientSource(file, CSVParser.parse(reader, format));
        } catch (UncheckedIOException | IOException e) {
            reader.close();
            throw new InputException(file, 1, 0, "cannot read the header row: " + reason(e));
        } catch (IllegalArgumentException e) {
            reader.close();
            throw new InputException(file, 1, 1, "bad header row: " + e.getMessage());
        } catch (InputException e) {
            reader.close();
            throw e;
        }
    }

    /** Picks the delimiter that occurs most often outside quotes in the header line. */
    private static char detectDelimiter(Path file, BufferedReader reader) throws IOException {
        reader.mark(1 << 16);
        int comma = 0, semicolon = 0, tab = 0;
        boolean quoted = false;
        try {
            for (int i = 0, c; i < (1 << 16) - 1 && (c = reader.read()) != -1; i++) {
                if (c == '"') quoted = !quoted;
                else if (!quoted && (c == '\n' || c == '\r')) break;
                else if (!quoted && c == ',') comma++;
                else if (!quoted && c == ';') semicolon++;
                else if (!quoted && c == '\t') tab++;
            }
        } catch (CharacterCodingException e) {
            throw new InputException(file, 1, 0, "not UTF-8 text (save the list as CSV UTF-8)");
        }
        reader.reset();
        if (semicolon > comma && semicolon >= tab) return ';';
        if (tab > comma && tab > semicolon) return '\t';
        return ',';
    }

    @Override
    public ParsedRow next() {
        long line = lastLine + 1;
        try {
            if (!records.hasNext()) return null;
            CSVRecord record = records.next();
            lastLine = parser.getCurrentLineNumber();
            List<String> cells = Arrays.asList(record.values()); // the record's own array: nothing reads it after us
            int expected = headers().size();
            if (cells.size() != expected) {
                return new ParsedRow(line, cells, "this row has " + cells.size() + " cells but the header has " + expected,
                        Math.min(cells.size(), expected) + 1);
            }
            return new ParsedRow(line, cells, null, 0);
        } catch (UncheckedIOException e) {
            String reason = reason(e);
            if (reason.contains("EOF reached before encapsulated token finished")) {
                reason = "a quoted cell is never closed (missing \")";
            }
            throw new InputException(file, line, 0, reason);
        } catch (IllegalStateException e) {
            throw new InputException(file, line, 0, e.getMessage());
        }
    }

    private static String reason(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof CharacterCodingException) return "not UTF-8 text (save the list as CSV UTF-8)";
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException ignored) {
            // reading is done; nothing to recover
        }
    }
}
