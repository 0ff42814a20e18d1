package com.trustproof.store;

/**
 * A recipient row as the importer writes it: the fields the list shows (emailKey from
 * {@link RecipientTable#emailKey}) and its cells in column order (JSON, from
 * {@link CellEncoder}). It goes in unchecked; the check pass fills in the rest.
 */
public record NewRecipient(long id, long line, String email, String emailKey, String name, String segment, String consent,
                           String cellsJson) {}
