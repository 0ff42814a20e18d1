package com.trustproof.store;

/**
 * A recipient row as the importer writes it: its cells in column order (JSON, from RecipientTable.encode) plus the summary of its
 * check (score, worst severity 0-3, rule ids, variant group, hash of the rendered message).
 */
public record NewRecipient(long id, long line, String email, String name, String segment, String consent, String cellsJson,
                           CheckSummary check) {}
