package com.trustproof.ui;

import com.trustproof.model.RecipientQuery;
import com.trustproof.model.RecipientRow;
import javafx.collections.ObservableListBase;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A read-only list as long as the query's result that holds only a few pages of rows. A row not
 * yet fetched reads as {@link #LOADING} and its page is fetched in the background; when it
 * arrives the list reports an update for that range, so a TableView repaints just those rows.
 * Lists of a million recipients therefore cost a count and the pages actually looked at.
 */
public final class PagedRecipientList extends ObservableListBase<RecipientRow> {
    /** Stands in for a row whose page is still on its way. */
    public static final RecipientRow LOADING = new RecipientRow(-1, "", "…", "", "", null, null, 0, null);

    private final ReviewService review;
    private final Jobs jobs;
    private final int pageSize;
    private final int maxPages;
    private final Generation generation = new Generation();
    private final Set<Integer> inFlight = new HashSet<>();
    private final LinkedHashMap<Integer, List<RecipientRow>> pages;
    private RecipientQuery query = RecipientQuery.all();
    private int size;

    public PagedRecipientList(ReviewService review, Jobs jobs, int pageSize, int maxPages) {
        this.review = review;
        this.jobs = jobs;
        this.pageSize = pageSize;
        this.maxPages = maxPages;
        // access order: the least recently read page is the one dropped
        this.pages = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, List<RecipientRow>> eldest) {
                return size() > PagedRecipientList.this.maxPages;
            }
        };
    }

    public RecipientQuery query() { return query; }

    public int pageSize() { return pageSize; }

    /** Switches to a new query: counts it, then replaces the whole list. */
    public void load(RecipientQuery newQuery, Runnable whenLoaded) {
        query = newQuery;
        long ticket = generation.next();
        inFlight.clear();
        jobs.submit(() -> review.count(newQuery), total -> {
            if (!generation.isCurrent(ticket)) return;
            pages.clear();
            replaceAll((int) Math.min(Integer.MAX_VALUE, total));
            whenLoaded.run();
        });
    }

    /**
     * Re-reads the current query after decisions: the pages on screen are fetched again together
     * with the count, so rows change in place instead of flickering through "loading".
     */
    public void refresh(Runnable whenLoaded) {
        RecipientQuery current = query;
        long ticket = generation.next();
        inFlight.clear();
        List<Integer> cached = new ArrayList<>(pages.keySet());
        jobs.submit(() -> {
            long total = review.count(current);
            Map<Integer, List<RecipientRow>> fresh = new LinkedHashMap<>();
            for (int page : cached) {
                if ((long) page * pageSize < total) fresh.put(page, review.page(current, (long) page * pageSize, pageSize));
            }
            return new Refreshed(total, fresh);
        }, refreshed -> {
            if (!generation.isCurrent(ticket)) return;
            pages.clear();
            pages.putAll(refreshed.pages());
            int newSize = (int) Math.min(Integer.MAX_VALUE, refreshed.total());
            if (newSize != size) {
                replaceAll(newSize);
            } else {
                beginChange();
                for (int page : refreshed.pages().keySet()) {
                    int from = page * pageSize;
                    for (int i = from; i < Math.min(size, from + pageSize); i++) nextUpdate(i);
                }
                endChange();
            }
            whenLoaded.run();
        });
    }

    private record Refreshed(long total, Map<Integer, List<RecipientRow>> pages) {}

    private void replaceAll(int newSize) {
        int oldSize = size;
        size = newSize;
        beginChange();
        if (oldSize > 0) nextRemove(0, Collections.nCopies(oldSize, LOADING));
        if (newSize > 0) nextAdd(0, newSize);
        endChange();
    }

    @Override
    public int size() { return size; }

    @Override
    public RecipientRow get(int index) {
        if (index < 0 || index >= size) throw new IndexOutOfBoundsException(index);
        RecipientRow row = cachedRow(index);
        if (row != null) return row;
        fetch(index / pageSize);
        row = cachedRow(index); // a same-thread worker has already delivered it
        return row != null ? row : LOADING;
    }

    /** The row if its page is in memory, else null; never starts a fetch. */
    public RecipientRow cachedRow(int index) {
        List<RecipientRow> page = pages.get(index / pageSize);
        if (page == null) return null;
        int within = index % pageSize;
        return within < page.size() ? page.get(within) : null;
    }

    private void fetch(int page) {
        if (!inFlight.add(page)) return;
        long ticket = generation.current();
        RecipientQuery current = query;
        insideGet = true;
        try {
            jobs.submit(() -> review.page(current, (long) page * pageSize, pageSize), rows -> {
                inFlight.remove(page);
                if (!generation.isCurrent(ticket)) return;
                pages.put(page, rows);
                // a result delivered inside get() is returned by get(); announcing it there would
                // change the list while a reader is in the middle of reading it
                if (!insideGet) announceUpdate(page, rows.size());
            }, error -> inFlight.remove(page));
        } finally {
            insideGet = false;
        }
    }

    private boolean insideGet;

    private void announceUpdate(int page, int rowCount) {
        int from = page * pageSize;
        int to = Math.min(size, from + rowCount);
        if (from >= to) return;
        beginChange();
        for (int i = from; i < to; i++) nextUpdate(i);
        endChange();
    }
}
