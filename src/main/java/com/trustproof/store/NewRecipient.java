package com.trustproof.store;

import java.util.List;

/**
 * A recipient row as the importer writes it: its cells in column order plus the summary of its
 * check (score, worst severity 0-3, rule ids, variant group, hash of the rendered message).
 */
public record NewRecipient(long line, String email, String name, String segment, String consent, List<String> cells,
                           CheckSummary check) {}
