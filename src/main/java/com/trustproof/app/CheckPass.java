package com.trustproof.app;

import com.trustproof.model.Recipient;
import com.trustproof.model.ShownFields;
import com.trustproof.store.CheckSummary;
import com.trustproof.store.RecipientTable;
import com.trustproof.store.ReviewStore;
import com.trustproof.store.StoredRecipient;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Checks the rows an import loaded unchecked. Chunks of rows are rendered and checked on one core
 * while SQLite reads the next chunk and stores the last on the other; each chunk commits on its
 * own, so a reviewer's decisions slip in between. Then the list's indexes are built, campaign-wide
 * findings and statistics stored, and decisions on changed messages sent back to pending.
 * Stopped half-way, it starts over next time: the pending mark goes only when everything is done.
 */
final class CheckPass {
    static final String PENDING = "checks_pending";
    private static final int CHUNK = 5000;

    private final ReviewStore store;
    private final Checker checker;
    private final Function<StoredRecipient, Recipient> recipientOf;
    private final ShownFields.Columns shownColumns;
    private final ListStats stats = new ListStats();

    CheckPass(ReviewStore store, Checker checker, Function<StoredRecipient, Recipient> recipientOf, ShownFields.Columns shownColumns) {
        this.store = store;
        this.checker = checker;
        this.recipientOf = recipientOf;
        this.shownColumns = shownColumns;
    }

    /** Marks the review as waiting for its check pass (inside the import's transaction). */
    static void markPending(ReviewStore store) { store.putMeta(PENDING, Instant.now().toString()); }

    static boolean pending(ReviewStore store) { return store.meta(PENDING) != null; }

    /** A chunk's checks, ready to store: recipients with ids in (afterId, lastId]. */
    private record Checked(List<Long> ids, List<CheckSummary> checks, List<ShownFields> shown, long afterId, long lastId) {}

    /** Runs the pass; returns how many decisions went back to pending. */
    long run(Progress progress) {
        long[] reset = new long[1];
        store.withoutSyncingEachCommit(() -> reset[0] = checkAndIndex(progress));
        return reset[0];
    }

    private long checkAndIndex(Progress progress) {
        RecipientTable table = store.recipients();
        long total = table.counts().total();
        ExecutorService checking = Executors.newSingleThreadExecutor(work -> Thread.ofPlatform()
                .name("trustproof-check-pass").daemon().unstarted(work));
        try {
            long done = 0;
            List<StoredRecipient> chunk = table.chunkAfter(0, CHUNK);
            long after = 0;
            Future<Checked> previous = null;
            while (!chunk.isEmpty() || previous != null) {
                List<StoredRecipient> current = chunk;
                long from = after;
                Future<Checked> checked = current.isEmpty() ? null : checking.submit(() -> check(current, from));
                if (previous != null) {
                    Checked ready = previous.get();
                    store.inTransaction(() -> table.storeChecks(ready.ids(), ready.checks(), ready.shown(), ready.afterId(), ready.lastId()));
                    done += ready.ids().size();
                    progress.update(done, total);
                }
                if (Thread.currentThread().isInterrupted()) throw new CancellationException("check cancelled");
                if (!current.isEmpty()) after = current.get(current.size() - 1).id();
                chunk = current.isEmpty() ? List.of() : table.chunkAfter(after, CHUNK);
                previous = checked;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("check cancelled");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) throw failure;
            throw new IllegalStateException(e.getCause());
        } finally {
            checking.shutdownNow();
        }
        store.buildIndexes();
        long[] reset = new long[1];
        store.inTransaction(() -> {
            reset[0] = table.finishChecks();
            storeListResults(store, checker, stats);
        });
        return reset[0];
    }

    /**
     * After every recipient was checked (this pass, or a template save): the campaign-wide
     * findings and statistics, and no pass pending any more. Inside the caller's transaction.
     */
    static void storeListResults(ReviewStore store, Checker checker, ListStats stats) {
        store.putMeta("campaign_findings", Importer.json(checker.finishCampaign()));
        store.replaceStats(ListStats.BY_RULE, stats.recipientsByRule);
        store.replaceStats(ListStats.RISKY_BY_SEGMENT, stats.riskyBySegment);
        store.deleteMeta(PENDING);
    }

    private Checked check(List<StoredRecipient> chunk, long afterId) {
        List<Long> ids = new ArrayList<>(chunk.size());
        List<CheckSummary> checks = new ArrayList<>(chunk.size());
        List<ShownFields> shown = new ArrayList<>(chunk.size()); // an import may have left them to this pass
        for (StoredRecipient stored : chunk) {
            Recipient recipient = recipientOf.apply(stored);
            Checker.Result result = checker.check(recipient);
            stats.add(recipient, result.check());
            ids.add(stored.id());
            checks.add(result.summary());
            shown.add(shownColumns.fieldsOf(stored.cells()));
        }
        return new Checked(ids, checks, shown, afterId, ids.get(ids.size() - 1));
    }
}
