package com.trustproof.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A second writer on the same review file waits briefly, then is told the file is busy; readers are never blocked. */
class BusyFileTest {
    @Test
    void aSecondWriterWaitsThenHearsTheFileIsBusy(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("r.trustproof");
        ReviewStore.create(file).close();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file); Statement holder = other.createStatement()) {
            holder.execute("BEGIN IMMEDIATE"); // another process is in the middle of a write
            try (ReviewStore store = ReviewStore.open(file)) {
                assertEquals(null, store.meta("anything"), "reading still works while another process writes");
                long started = System.nanoTime();
                ReviewFileException busy = assertThrows(ReviewFileException.class, () -> store.putMetaInTransaction("k", "v"));
                long waitedMs = (System.nanoTime() - started) / 1_000_000;
                assertTrue(busy.getMessage().contains("busy"), busy.getMessage());
                assertTrue(waitedMs >= 2000, "waited " + waitedMs + " ms before giving up");
            }
            holder.execute("ROLLBACK");
        }
        try (ReviewStore store = ReviewStore.open(file)) {
            store.putMetaInTransaction("k", "v");
            assertEquals("v", store.meta("k"), "once the other writer is gone, writing works again");
        }
    }
}
