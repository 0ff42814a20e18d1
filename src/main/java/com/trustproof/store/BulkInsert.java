package com.trustproof.store;

import com.trustproof.model.ShownFields;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Inserts an import's rows, unchecked, in list order. One statement takes {@link #ROWS_PER_INSERT}
 * rows: SQLite then starts its program and opens the table once for all of them, which took a
 * fifth off its cost per row. The rows that do not fill a last statement go in one by one.
 */
final class BulkInsert implements AutoCloseable {
    static final int ROWS_PER_INSERT = 32;
    /** Statements sent to SQLite at a time. */
    private static final int BATCH = 64;

    private final boolean withShownFields;
    private final PreparedStatement many;
    private final PreparedStatement one;
    private final List<NewRecipient> group = new ArrayList<>(ROWS_PER_INSERT);
    private int batched;

    /** {@code withShownFields}: rows carry the fields the list shows; otherwise those stay "" for the check pass. */
    BulkInsert(Connection connection, boolean withShownFields) throws SQLException {
        this.withShownFields = withShownFields;
        // unchecked rows: the check columns are constants here, five fewer values to bind per row
        CheckSummary unchecked = CheckSummary.UNCHECKED;
        String row = "(?, ?, ?, " + (withShownFields ? "?, ?, ?, ?, ?" : "'', '', '', '', ''") + ", " + unchecked.score() + ", "
                + unchecked.worst() + ", '" + unchecked.rules() + "', '" + unchecked.variant() + "', '" + unchecked.messageHash() + "')";
        String insert = "INSERT INTO recipient(id, line, cells, email, email_key, name, segment, consent,"
                + " score, worst, rules, variant, message_hash) VALUES ";
        many = connection.prepareStatement(insert + String.join(", ", java.util.Collections.nCopies(ROWS_PER_INSERT, row)));
        one = connection.prepareStatement(insert + row);
    }

    boolean withShownFields() { return withShownFields; }

    void add(NewRecipient recipient) throws SQLException {
        group.add(recipient);
        if (group.size() < ROWS_PER_INSERT) return;
        int first = 1;
        for (NewRecipient member : group) first = bind(many, first, member);
        many.addBatch();
        group.clear();
        if (++batched == BATCH) {
            many.executeBatch();
            batched = 0;
        }
    }

    /** Writes every row added so far. */
    void finish() throws SQLException {
        if (batched > 0) many.executeBatch();
        batched = 0;
        for (NewRecipient rest : group) {
            bind(one, 1, rest);
            one.addBatch();
        }
        if (!group.isEmpty()) one.executeBatch();
        group.clear();
    }

    /** Binds a row's values from parameter {@code first} on; returns the parameter after them. */
    private int bind(PreparedStatement statement, int first, NewRecipient recipient) throws SQLException {
        statement.setLong(first, recipient.id());
        statement.setLong(first + 1, recipient.line());
        statement.setString(first + 2, recipient.cellsJson());
        if (!withShownFields) return first + 3;
        RecipientTable.bindShown(statement, first + 3, recipient.shown());
        return first + 8;
    }

    @Override
    public void close() throws SQLException {
        try (one) {
            many.close();
        }
    }
}
