package com.trustproof.store;

import com.trustproof.model.ShownFields;

/**
 * A recipient row as the importer hands it over: its cells in column order as JSON (from
 * {@link CellEncoder}, on the parsing thread: the writing thread is the busier one) and, only when
 * {@link RecipientTable#beginReplace} asks for them, the fields the list shows. It goes in
 * unchecked; the check pass fills in the rest.
 */
public record NewRecipient(long id, long line, ShownFields shown, String cellsJson) {}
