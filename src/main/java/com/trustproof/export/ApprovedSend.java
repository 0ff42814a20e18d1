package com.trustproof.export;

/** One approved send as the mailing tool imports it: who, the rendered message, and the decision. */
public record ApprovedSend(String email, String firstName, String lastName, String segment,
                           String subject, String preheader, String body, String decidedAt, String note) {}
