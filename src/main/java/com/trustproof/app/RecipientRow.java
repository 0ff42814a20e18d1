package com.trustproof.app;

import com.trustproof.model.DecisionStatus;
import com.trustproof.model.Severity;

/** One line of the recipient list: what the table shows, nothing more. worst is null when clean. */
public record RecipientRow(long id, String email, String name, String segment, String consent,
                           DecisionStatus status, Severity worst, int score, String variant) {}
