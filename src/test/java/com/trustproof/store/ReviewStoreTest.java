package com.trustproof.store;

import com.trustproof.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewStoreTest {
    @TempDir
    Path dir;

    @Test
    void newFileIsOwnerOnlyVersionedAndSound() throws Exception {
        Path file = dir.resolve("r.trustproof");
        try (ReviewStore store = ReviewStore.create(file)) {
            assertEquals(Schema.latestVersion(), store.schemaVersion());
            assertEquals("ok", store.integrityCheck());
        }
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE), Files.getPosixFilePermissions(file));
    }

    @Test
    void metaAndCampaignVersionsPersist() {
        Path file = dir.resolve("r.trustproof");
        try (ReviewStore store = ReviewStore.create(file)) {
            store.putMeta("k", "v1");
            store.putMeta("k", "v2");
            assertEquals(1, store.addCampaignVersion("{\"a\":1}"));
            assertEquals(2, store.addCampaignVersion("{\"a\":2}"));
        }
        try (ReviewStore store = ReviewStore.open(file)) {
            assertEquals("v2", store.meta("k"));
            assertEquals("{\"a\":2}", store.latestCampaignJson());
        }
    }

    @Test
    void refusesATextFileAndLeavesItUntouched() {
        Path file = TestFiles.write(dir, "notes.trustproof", "just some notes, not a database at all, long enough to matter\n".repeat(20));
        String before = TestFiles.digest(file);
        ReviewFileException error = assertThrows(ReviewFileException.class, () -> ReviewStore.open(file));
        assertTrue(error.getMessage().contains("not a Trustproof review file"), error.getMessage());
        assertEquals(before, TestFiles.digest(file));
    }

    @Test
    void refusesAnotherSqliteDatabase() throws Exception {
        Path file = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t(x)");
        }
        String before = TestFiles.digest(file);
        assertThrows(ReviewFileException.class, () -> ReviewStore.open(file));
        assertEquals(before, TestFiles.digest(file));
    }

    @Test
    void refusesAFileFromANewerVersionUntouched() throws Exception {
        Path file = dir.resolve("new.trustproof");
        ReviewStore.create(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + (Schema.latestVersion() + 1));
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        String before = TestFiles.digest(file);
        ReviewFileException error = assertThrows(ReviewFileException.class, () -> ReviewStore.open(file));
        assertTrue(error.getMessage().contains("newer Trustproof"), error.getMessage());
        assertEquals(before, TestFiles.digest(file));
    }

    @Test
    void migratesEveryEarlierVersion() throws Exception {
        // a file at version v has exactly the tables of the first v migrations; opening it must bring it up to date
        for (int version = 0; version < Schema.latestVersion(); version++) {
            Path file = dir.resolve("v" + version + ".trustproof");
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
                for (int step = 0; step < version; step++) for (String sql : Schema.MIGRATIONS.get(step)) s.execute(sql);
                s.execute("PRAGMA user_version = " + version);
                s.execute("PRAGMA application_id = " + Schema.APPLICATION_ID);
            }
            try (ReviewStore store = ReviewStore.open(file)) {
                assertEquals(Schema.latestVersion(), store.schemaVersion());
                store.putMeta("migrated", "yes");
                assertEquals("ok", store.integrityCheck());
            }
        }
    }

    @Test
    void commitsAreSyncedOneByOneAgainAfterWorkThatSkippedIt() throws Exception {
        try (ReviewStore store = ReviewStore.create(dir.resolve("r.trustproof"))) {
            assertEquals(2, store.pragma("synchronous"), "FULL: a decision survives a power cut");
            int[] during = new int[1];
            assertThrows(IllegalStateException.class, () -> store.withoutSyncingEachCommit(() -> {
                try {
                    during[0] = store.pragma("synchronous");
                } catch (java.sql.SQLException e) {
                    throw new AssertionError(e);
                }
                throw new IllegalStateException("the pass stopped");
            }));
            assertEquals(1, during[0], "NORMAL while the recomputable work runs");
            assertEquals(2, store.pragma("synchronous"), "FULL again, even after a failure");
        }
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        Path file = dir.resolve("r.trustproof");
        try (ReviewStore store = ReviewStore.create(file)) {
            store.putMeta("k", "before");
            assertThrows(IllegalStateException.class, () -> store.inTransaction(() -> {
                store.putMeta("k", "during");
                throw new IllegalStateException("boom");
            }));
            assertEquals("before", store.meta("k"));
        }
    }
}
