package com.trustproof.model;


/**
 * One line of the recipient list: what the table shows, nothing more. worst is null when clean;
 * variant is empty while the recipient waits for its first check.
 */
public record RecipientRow(long id, String email, String name, String segment, String consent,
                           DecisionStatus status, Severity worst, int score, String variant) {
    /** False while the recipient waits for its first check: score and severity mean nothing yet. */
    public boolean checked() { return variant == null || !variant.isEmpty(); }
}
