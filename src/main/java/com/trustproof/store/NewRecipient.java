package com.trustproof.store;

import com.trustproof.model.ShownFields;

/**
 * A recipient row as the importer writes it: its cells in column order (JSON, from
 * {@link CellEncoder}) and, only when {@link RecipientTable#beginReplace} asks for them, the fields
 * the list shows. It goes in unchecked; the check pass fills in the rest.
 */
public record NewRecipient(long id, long line, ShownFields shown, String cellsJson) {}
