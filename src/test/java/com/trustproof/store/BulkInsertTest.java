package com.trustproof.store;

import com.trustproof.model.FieldNames;
import com.trustproof.model.RecipientQuery;
import com.trustproof.model.RecipientRow;
import com.trustproof.model.ShownFields;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Rows go in several to a statement: none lost, none doubled, list order kept, whatever the count. */
class BulkInsertTest {
    private static final List<String> COLUMNS = List.of(FieldNames.EMAIL, FieldNames.FIRST_NAME);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {0, 1, BulkInsert.ROWS_PER_INSERT - 1, BulkInsert.ROWS_PER_INSERT, 3 * BulkInsert.ROWS_PER_INSERT + 5,
            64 * BulkInsert.ROWS_PER_INSERT + 7})
    void everyRowGoesInOnceInListOrder(int count) throws Exception {
        for (boolean withShownFields : new boolean[]{false, true}) {
            Path file = dir.resolve(count + "-" + withShownFields + ".trustproof");
            try (ReviewStore store = ReviewStore.create(file)) {
                store.replaceColumns(COLUMNS, COLUMNS);
                CellEncoder encoder = new CellEncoder();
                store.inTransaction(() -> {
                    try (BulkInsert insert = new BulkInsert(store.connection(), withShownFields)) {
                        for (int i = 1; i <= count; i++) {
                            List<String> cells = List.of("person" + i + "@example.com", "Name" + i);
                            insert.add(new NewRecipient(i, i + 1, ShownFields.Columns.of(COLUMNS).fieldsOf(cells), encoder.encode(cells)));
                        }
                        insert.finish();
                    }
                });
                store.recipients().forgetPositions();
                List<RecipientRow> rows = store.recipients().page(RecipientQuery.all(), 0, count + 10);
                assertEquals(count, rows.size());
                for (int i = 0; i < count; i++) {
                    assertEquals(i + 1, rows.get(i).id());
                    assertEquals("person" + (i + 1) + "@example.com", rows.get(i).email(), "from the columns or worked out from the cells");
                    assertEquals("Name" + (i + 1), rows.get(i).name());
                }
            }
        }
    }

}
