package com.trustproof.app;

import java.nio.file.Path;

/**
 * Bad input a user can fix: names the file, line and column (1-based; 0 when not applicable).
 * The message is meant for people, never a stack trace.
 */
public class InputException extends RuntimeException {
    private final Path file;
    private final long line;
    private final long column;

    public InputException(Path file, long line, long column, String problem) {
        super(describe(file, line, column, problem));
        this.file = file;
        this.line = line;
        this.column = column;
    }

    private static String describe(Path file, long line, long column, String problem) {
        StringBuilder where = new StringBuilder(file == null ? "input" : file.toString());
        if (line > 0) where.append(':').append(line);
        if (column > 0) where.append(':').append(column);
        return where + ": " + problem;
    }

    public Path file() { return file; }
    public long line() { return line; }
    public long column() { return column; }
}
