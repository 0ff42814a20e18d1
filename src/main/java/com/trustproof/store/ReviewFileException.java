package com.trustproof.store;

/** A review file that cannot be used: not ours, too new, busy, damaged. The message is for people. */
public class ReviewFileException extends RuntimeException {
    public ReviewFileException(String message) { super(message); }

    public ReviewFileException(String message, Throwable cause) { super(message, cause); }
}
