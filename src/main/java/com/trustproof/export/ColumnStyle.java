package com.trustproof.export;

import java.util.List;

/** Header names of the export, one per column, always in the order of PRODUCT.md. */
public enum ColumnStyle {
    /** email, first_name, last_name, segment, subject, preheader, body, decided_at, note. */
    STANDARD(List.of("email", "first_name", "last_name", "segment", "subject", "preheader",
            "body", "decided_at", "note")),
    /** The names Mailchimp's contact import maps without asking ("Email Address", "Tags", ...). */
    MAILCHIMP(List.of("Email Address", "First Name", "Last Name", "Tags", "Subject", "Preheader",
            "Body", "Decided At", "Note"));

    private final List<String> headers;

    ColumnStyle(List<String> headers) { this.headers = headers; }

    public List<String> headers() { return headers; }
}
