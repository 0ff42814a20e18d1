package com.trustproof.model;

import java.util.Locale;

/** The three personalized parts of an email. */
public enum MessageField {
    SUBJECT, PREHEADER, BODY;

    public String id() { return name().toLowerCase(Locale.ROOT); }
}
