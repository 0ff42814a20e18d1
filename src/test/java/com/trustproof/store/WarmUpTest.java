package com.trustproof.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loading ahead on a second thread must never race the first connection, nor break it when it fails. */
class WarmUpTest {
    @TempDir
    Path dir;

    @Test
    void theFirstConnectionWaitsForTheWarmUpToFinish() {
        AtomicBoolean finished = new AtomicBoolean();
        ReviewStore.warmUpInBackground(() -> {
            try {
                Thread.sleep(300); // longer than creating a file takes: without the wait, create() would win
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finished.set(true);
        });
        try (ReviewStore store = ReviewStore.create(dir.resolve("r.trustproof"))) {
            assertTrue(finished.get(), "the connection was made while the warm-up still ran");
            assertEquals("ok", store.integrityCheck());
        }
    }

    @Test
    void aFailingWarmUpLeavesTheStoreWorking() {
        ReviewStore.warmUpInBackground(() -> { throw new IllegalStateException("no campaign resource"); });
        try (ReviewStore store = ReviewStore.create(dir.resolve("r.trustproof"))) {
            assertEquals("ok", store.integrityCheck());
        }
    }
}
