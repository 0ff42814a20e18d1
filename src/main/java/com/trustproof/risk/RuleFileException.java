package com.trustproof.risk;

import java.nio.file.Path;

/** A rule or override file that cannot be used; the message names the file, line and column. */
public final class RuleFileException extends RuntimeException {
    private final String file;
    private final int line;
    private final int column;

    public RuleFileException(String file, int line, int column, String problem, Throwable cause) {
        super(file + ":" + line + ":" + column + ": " + problem, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public RuleFileException(Path file, int line, int column, String problem, Throwable cause) {
        this(String.valueOf(file), line, column, problem, cause);
    }

    public String file() { return file; }

    public int line() { return line; }

    public int column() { return column; }
}
