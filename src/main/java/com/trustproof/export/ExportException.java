package com.trustproof.export;

/**
 * An export or report could not be written. The message is meant for a person and names the
 * file or folder involved; nothing is left behind when this is thrown.
 */
public class ExportException extends RuntimeException {
    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }

    public ExportException(String message) {
        super(message);
    }
}
