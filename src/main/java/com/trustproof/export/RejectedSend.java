package com.trustproof.export;

/** A rejected recipient as the review report lists it. Any field may be null. */
public record RejectedSend(String email, String name, String note, String decidedAt) {}
