package com.trustproof.model;


/** One line of the recipient list: what the table shows, nothing more. worst is null when clean. */
public record RecipientRow(long id, String email, String name, String segment, String consent,
                           DecisionStatus status, Severity worst, int score, String variant) {}
