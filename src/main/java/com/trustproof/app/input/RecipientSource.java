package com.trustproof.app.input;

import com.trustproof.app.InputException;
import com.trustproof.model.FieldNames;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A streaming reader of a recipient list, CSV or JSON (array of objects). Rows come one at a
 * time so memory does not grow with the file. Structural problems throw {@link InputException}
 * naming the file, line and column; row-level problems come back in {@link ParsedRow#problem()}.
 */
public abstract class RecipientSource implements AutoCloseable {
    protected final Path file;
    private List<String> headers = List.of();
    private List<String> columns = List.of();

    protected RecipientSource(Path file) { this.file = file; }

    public static RecipientSource open(Path file) {
        try {
            InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            byte[] head = in.readNBytes(Math.min(8192, Math.max(1, (int) Math.min(Files.size(file), 8192))));
            in.close();
            rejectUnreadable(file, head);
            return firstNonBlankIs(head, '[') ? JsonRecipientSource.openJson(file) : CsvRecipientSource.openCsv(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file, 0, 0, "file not found");
        } catch (IOException e) {
            throw new InputException(file, 0, 0, "cannot read: " + e.getMessage());
        }
    }

    private static void rejectUnreadable(Path file, byte[] head) {
        int start = hasBom(head) ? 3 : 0;
        boolean blank = true;
        for (int i = start; i < head.length; i++) {
            if (head[i] == 0) throw new InputException(file, 1, 0, "this is a binary file, not a CSV or JSON recipient list");
            if (!Character.isWhitespace(head[i])) blank = false;
        }
        if (blank) throw new InputException(file, 1, 1, "the file is empty: expected a header row and one recipient a row");
    }

    static boolean hasBom(byte[] head) {
        return head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
    }

    private static boolean firstNonBlankIs(byte[] head, char c) {
        for (int i = hasBom(head) ? 3 : 0; i < head.length; i++) {
            if (!Character.isWhitespace(head[i])) return head[i] == c;
        }
        return false;
    }

    /** The list's column headers as written. */
    public List<String> headers() { return headers; }

    /** The canonical names of those columns, same order, unique. */
    public List<String> columns() { return columns; }

    public Path file() { return file; }

    protected void setHeaders(List<String> raw) {
        headers = List.copyOf(raw);
        List<String> names = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String name = FieldNames.canonical(raw.get(i));
            if (name.isEmpty()) name = "column" + (i + 1);
            // two headers can mean one field ("Tags" and "Segment"): the first keeps the canonical name
            if (!used.add(name)) {
                name = name + "_" + (i + 1);
                used.add(name);
            }
            names.add(name);
        }
        columns = List.copyOf(names);
        if (!columns.contains(FieldNames.EMAIL)) {
            throw new InputException(file, 1, 1, "no email column: the header needs one of \"email\", \"Email Address\", \"E-mail\" (found: "
                    + String.join(", ", raw) + ")");
        }
    }

    /** The next row, or null at the end. */
    public abstract ParsedRow next();

    @Override
    public abstract void close();
}
