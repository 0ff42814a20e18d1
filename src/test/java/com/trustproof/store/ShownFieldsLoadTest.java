package com.trustproof.store;

import com.trustproof.model.DecisionStatus;
import com.trustproof.model.FieldNames;
import com.trustproof.model.RecipientQuery;
import com.trustproof.model.RecipientRow;
import com.trustproof.model.ShownFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fresh import stores a row as its cells alone and leaves the shown fields (email, key, name,
 * segment, consent) to the check pass. Until then the list must show, search and carry decisions
 * as if they were there.
 */
class ShownFieldsLoadTest {
    private static final List<String> COLUMNS = List.of(FieldNames.EMAIL, FieldNames.FIRST_NAME, FieldNames.LAST_NAME,
            FieldNames.SEGMENT, FieldNames.CONSENT, "city");
    private static final ShownFields.Columns SHOWN = ShownFields.Columns.of(COLUMNS);
    private static final List<List<String>> ROWS = List.of(
            List.of(" Mia.Murphy@Example.ORG ", "Mia", "Murphy", "trail-runners; hikers", "subscribed", "Madison"),
            List.of("zoe@example.net", "Zoë", "", "", "", "Bozeman"),
            List.of("noname@example.com", "", "", "hikers", "unsubscribed", "Murphysboro"));

    @TempDir
    Path dir;

    @Test
    void rowsLoadedWithoutTheirShownFieldsShowAndSearchThemAndTheCheckPassStoresThem() throws Exception {
        Path file = dir.resolve("r.trustproof");
        try (ReviewStore store = ReviewStore.create(file)) {
            RecipientTable table = store.recipients();
            assertFalse(importRows(store), "nothing decided yet: the rows need no shown fields");
            assertEquals(List.of("", "", ""), storedEmails(file), "left to the check pass");
            List<RecipientRow> page = table.page(RecipientQuery.all(), 0, 10);
            for (int i = 0; i < ROWS.size(); i++) assertEquals(SHOWN.fieldsOf(ROWS.get(i)), shownOf(page.get(i)));
            assertEquals("Mia Murphy", page.get(0).name());
            assertEquals("trail-runners;hikers", page.get(0).segment());

            assertEquals(List.of(1L), ids(table, "MURPHY@example"), "the address, whatever its case");
            assertEquals(List.of(2L), ids(table, "zoë"), "the name");
            assertEquals(List.of(1L, 3L), ids(table, "murphy"), "until the pass, every cell is searched (3 lives in Murphysboro)");
            assertSegments(table);

            store.inTransaction(() -> table.storeChecks(List.of(1L, 2L, 3L), List.of(CheckSummary.UNCHECKED, CheckSummary.UNCHECKED,
                    CheckSummary.UNCHECKED), ROWS.stream().map(SHOWN::fieldsOf).toList(), 0, 3));
            assertEquals(List.of("Mia.Murphy@Example.ORG", "zoe@example.net", "noname@example.com"), storedEmails(file));
            assertEquals(page, table.page(RecipientQuery.all(), 0, 10), "the same rows, now read from their columns");
            assertEquals(List.of(1L), ids(table, "murphy"), "then the name and address only");
            assertSegments(table);
        }
    }

    @Test
    void aDecisionMadeBeforeTheCheckPassFollowsItsAddressIntoTheNextImport() throws Exception {
        Path file = dir.resolve("r.trustproof");
        try (ReviewStore store = ReviewStore.create(file)) {
            RecipientTable table = store.recipients();
            importRows(store);
            store.inTransaction(() -> table.decideWhere("id = ?", List.of(3L), DecisionStatus.REJECTED, "not this one"));
            assertTrue(importRows(store), "an earlier decision is matched by address: the rows need their shown fields");
            assertEquals(DecisionStatus.REJECTED, table.page(RecipientQuery.all(), 0, 10).get(2).status());
            assertEquals(1, table.counts().rejected());
        }
    }

    @Test
    void fillingShownFieldsTouchesOnlyTheRowsAsked() throws Exception {
        Path file = dir.resolve("r.trustproof");
        try (ReviewStore store = ReviewStore.create(file)) {
            RecipientTable table = store.recipients();
            importRows(store);
            store.inTransaction(() -> table.fillShownFields(List.of(1L, 3L)));
            assertEquals(List.of("Mia.Murphy@Example.ORG", "", "noname@example.com"), storedEmails(file));
        }
    }

    /** Loads ROWS as an import does (columns, then rows with shown fields only when asked); returns whether they were asked. */
    private static boolean importRows(ReviewStore store) {
        RecipientTable table = store.recipients();
        boolean[] withShownFields = new boolean[1];
        store.inTransaction(() -> {
            withShownFields[0] = table.beginReplace();
            store.replaceColumns(COLUMNS, COLUMNS);
            CellEncoder encoder = new CellEncoder();
            for (int i = 0; i < ROWS.size(); i++) {
                List<String> cells = ROWS.get(i);
                table.add(new NewRecipient(i + 1, i + 2, withShownFields[0] ? SHOWN.fieldsOf(cells) : null, encoder.encode(cells)));
            }
            table.finishReplace();
        });
        return withShownFields[0];
    }

    /** The segment list and filter: the same before the check pass (read from the cells) and after it. */
    private static void assertSegments(RecipientTable table) {
        assertEquals(List.of("hikers", "trail-runners"), table.segments(10));
        assertEquals(List.of(1L, 3L), segment(table, "hikers"), "a part after \"; \" counts");
        assertEquals(List.of(1L), segment(table, " trail-runners"));
        assertEquals(List.of(), segment(table, "runners"), "a whole segment, not part of one");
    }

    private static List<Long> segment(RecipientTable table, String segment) {
        return table.page(RecipientQuery.all().withSegment(segment), 0, 10).stream().map(RecipientRow::id).toList();
    }

    private static ShownFields shownOf(RecipientRow row) {
        return new ShownFields(row.email(), ShownFields.emailKey(row.email()), row.name(), row.segment(), row.consent());
    }

    private static List<Long> ids(RecipientTable table, String search) {
        return table.page(RecipientQuery.all().withSearch(search), 0, 10).stream().map(RecipientRow::id).toList();
    }

    private static List<String> storedEmails(Path file) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT email FROM recipient ORDER BY id")) {
            while (rows.next()) out.add(rows.getString(1));
        }
        return out;
    }
}
