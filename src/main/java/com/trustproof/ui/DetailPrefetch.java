package com.trustproof.ui;

import com.trustproof.app.RecipientDetail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The details of the recipients around the selection, read on the worker ahead of time so that J/K
 * shows the next one at once instead of after a worker round trip. It holds only the latest
 * neighbourhood (a handful of entries). Whatever can change a detail must {@link #clear} it; reads
 * that started before a clear are dropped when they come back. Used on the FX thread only, except
 * for {@code wanted}.
 */
final class DetailPrefetch {
    private final ReviewService review;
    private final Jobs jobs;
    private final Generation generation = new Generation();
    private final Map<Long, RecipientDetail> cached = new HashMap<>();
    private List<Long> neighbourhood = List.of();
    // checked on the worker between reads: a read for a neighbourhood the reviewer already left stops
    // early, so holding J down does not queue the next selection's own read behind stale prefetches
    private final AtomicLong wanted = new AtomicLong();
    private final Runnable whenChanged;
    /** The selection and its neighbours either side (see ReviewViewModel's radius) fit in the first job. */
    private static final int READ_PER_JOB = 5;

    /** {@code whenChanged} runs after a detail was kept or everything was dropped. */
    DetailPrefetch(ReviewService review, Jobs jobs, Runnable whenChanged) {
        this.review = review;
        this.jobs = jobs;
        this.whenChanged = whenChanged;
    }

    /** The cached detail of {@code id}, or null. */
    RecipientDetail get(long id) { return cached.get(id); }

    /**
     * The cached detail of the most wanted neighbour other than {@code shown} (the next one, going down
     * the list), or null while it is not read: not a less likely one meanwhile, which would only be
     * replaced a moment later.
     */
    RecipientDetail likeliestOtherThan(long shown) {
        for (long id : neighbourhood) if (id != shown) return cached.get(id);
        return null;
    }

    /** A ticket for a read about to start; {@link #remember} accepts its result only if no clear came between. */
    long ticket() { return generation.current(); }

    /** Keeps a detail read elsewhere (the selection's own) if it is still current and still wanted. */
    void remember(long ticket, RecipientDetail detail) {
        if (generation.isCurrent(ticket) && neighbourhood.contains(detail.recipient().id())) {
            cached.put(detail.recipient().id(), detail);
            whenChanged.run();
        }
    }

    /**
     * Keeps only {@code ids} (most wanted first) and reads the missing ones in the background, a few per
     * job: the likeliest (the selection's neighbours) are kept, and built ahead, before the rest is read.
     */
    void prefetch(List<Long> ids) {
        neighbourhood = List.copyOf(ids);
        cached.keySet().retainAll(neighbourhood);
        List<Long> missing = new ArrayList<>();
        for (long id : neighbourhood) if (!cached.containsKey(id)) missing.add(id);
        long request = wanted.incrementAndGet();
        long ticket = generation.current();
        for (int from = 0; from < missing.size(); from += READ_PER_JOB) {
            List<Long> some = missing.subList(from, Math.min(missing.size(), from + READ_PER_JOB));
            jobs.submit(() -> {
                Map<Long, RecipientDetail> read = new LinkedHashMap<>();
                for (long id : some) {
                    if (wanted.get() != request) break;
                    read.put(id, review.detail(id));
                }
                return read;
            }, read -> read.values().forEach(detail -> remember(ticket, detail)));
        }
    }

    /** Stops a read-ahead under way after the detail it is reading: what it reads is no longer wanted first. */
    void stopReading() { wanted.incrementAndGet(); }

    /**
     * Forgets every detail: something changed that may change one. The neighbourhood's ids stay (they
     * only bound what may be kept) so the selection's own re-read can be kept; the next selection
     * replaces them.
     */
    void clear() {
        generation.next();
        stopReading();
        cached.clear();
        whenChanged.run();
    }
}
