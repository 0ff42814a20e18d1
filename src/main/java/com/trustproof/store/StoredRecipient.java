package com.trustproof.store;

import com.trustproof.model.DecisionStatus;

import java.util.List;

/** A recipient as stored: cells in column order, the decision, and the summary of its last check. */
public record StoredRecipient(long id, long line, List<String> cells, DecisionStatus status, String note,
                              String decidedAt, String decidedHash, String resetReason, CheckSummary check) {}
