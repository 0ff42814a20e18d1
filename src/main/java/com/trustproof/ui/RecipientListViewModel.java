package com.trustproof.ui;

import com.trustproof.model.RecipientQuery;
import com.trustproof.model.RecipientRow;
import com.trustproof.model.DecisionStatus;
import com.trustproof.model.Severity;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The recipient list: the query (filters + order), the paged rows and which row is selected.
 * Moving the selection is the view model's job so keyboard navigation works without a table.
 */
public final class RecipientListViewModel {
    private static final int PAGE_SIZE = 200;
    private static final int HIGH_SCAN_LIMIT = 50_000;

    private final ReviewService review;
    private final Jobs jobs;
    private final PagedRecipientList rows;
    private final ReadOnlyObjectWrapper<RecipientQuery> query = new ReadOnlyObjectWrapper<>(this, "query", RecipientQuery.all());
    private final ReadOnlyIntegerWrapper selectedIndex = new ReadOnlyIntegerWrapper(this, "selectedIndex", -1);
    private final ReadOnlyObjectWrapper<RecipientRow> selectedRow = new ReadOnlyObjectWrapper<>(this, "selectedRow");
    private final Generation highScan = new Generation();
    /** More rows than any screen shows: bounds the read-ahead should a view report a huge range. */
    private static final int MAX_ROWS_ON_SCREEN = 100;
    private int firstOnScreen = -1;
    private int lastOnScreen = -1;
    private final javafx.beans.property.ReadOnlyBooleanWrapper loaded = new javafx.beans.property.ReadOnlyBooleanWrapper(this, "loaded");

    public RecipientListViewModel(ReviewService review, Jobs jobs) {
        this.review = review;
        this.jobs = jobs;
        this.rows = new PagedRecipientList(review, jobs, PAGE_SIZE, 6);
        // a selected row that was "loading" becomes real when its page arrives
        rows.addListener((ListChangeListener<RecipientRow>) change -> resolveSelectedRow());
    }

    public ObservableList<RecipientRow> rows() { return rows; }
    public ReadOnlyObjectProperty<RecipientQuery> queryProperty() { return query.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty selectedIndexProperty() { return selectedIndex.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<RecipientRow> selectedRowProperty() { return selectedRow.getReadOnlyProperty(); }
    public RecipientQuery query() { return query.get(); }
    /** False until the first count has arrived: an empty list means "not read yet" until then. */
    public javafx.beans.property.ReadOnlyBooleanProperty loadedProperty() { return loaded.getReadOnlyProperty(); }

    public void load() { apply(query.get()); }

    public void filterStatuses(Set<DecisionStatus> statuses) { apply(query.get().withStatuses(statuses)); }
    public void filterSeverities(Set<Severity> worst, boolean includeClean) { apply(query.get().withWorst(worst, includeClean)); }
    public void filterRule(String rule) { apply(query.get().withRule(blankToNull(rule))); }
    public void filterSegment(String segment) { apply(query.get().withSegment(blankToNull(segment))); }
    public void filterSearch(String text) { apply(query.get().withSearch(blankToNull(text))); }
    public void filterVariant(String variant) { apply(query.get().withVariant(blankToNull(variant))); }
    public void order(RecipientQuery.Order order) { apply(query.get().withOrder(order)); }

    /** Only recipients with a high finding: the quickest way to the worst messages. */
    public void showOnlyHigh() { filterSeverities(Set.of(Severity.HIGH), false); }

    public void clearFilters() { apply(RecipientQuery.all().withOrder(query.get().order())); }

    public void apply(RecipientQuery newQuery) {
        query.set(newQuery);
        rows.load(newQuery, () -> {
            loaded.set(true);
            select(rows.isEmpty() ? -1 : 0);
        });
    }

    /** Re-reads rows and count after decisions, keeping the selection where it was. */
    public void refresh() {
        rows.refresh(() -> select(Math.min(selectedIndex.get(), rows.size() - 1)));
    }

    public void select(int index) {
        int clamped = rows.isEmpty() ? -1 : Math.max(0, Math.min(index, rows.size() - 1));
        selectedIndex.set(clamped);
        resolveSelectedRow();
    }

    public void next() { if (selectedIndex.get() < rows.size() - 1) select(selectedIndex.get() + 1); }

    public void previous() { if (selectedIndex.get() > 0) select(selectedIndex.get() - 1); }

    /**
     * The ids of the selected row and of those up to {@code radius} rows either side, nearest first and
     * the next before the previous (J is the usual move); only rows whose page is in memory, so asking
     * never starts a read.
     */
    public List<Long> idsAround(int radius) {
        int at = selectedIndex.get();
        List<Long> ids = new ArrayList<>();
        if (at < 0) return ids;
        addId(ids, at);
        for (int distance = 1; distance <= radius; distance++) {
            addId(ids, at + distance);
            addId(ids, at - distance);
        }
        return ids;
    }

    /**
     * Tells which rows the view shows, first and last index: a click on one of them is the likeliest
     * move after J and K, so their details are read ahead too (see {@link #idsOnScreen}).
     */
    public void setRowsOnScreen(int first, int last) {
        firstOnScreen = first;
        lastOnScreen = Math.min(last, first + MAX_ROWS_ON_SCREEN - 1);
    }

    /** The ids of the rows on screen whose page is in memory, top to bottom (none until the view told). */
    public List<Long> idsOnScreen() {
        List<Long> ids = new ArrayList<>();
        if (firstOnScreen < 0) return ids;
        for (int index = firstOnScreen; index <= lastOnScreen; index++) addId(ids, index);
        return ids;
    }

    /** The id of row {@code index} when its page is in memory, else -1. */
    public long idAt(int index) {
        RecipientRow row = index >= 0 && index < rows.size() ? rows.cachedRow(index) : null;
        return row == null || row == PagedRecipientList.LOADING ? -1 : row.id();
    }

    private void addId(List<Long> ids, int index) {
        long id = idAt(index);
        if (id >= 0) ids.add(id);
    }

    /** Moves to the next row with a high finding, reading pages in the background as needed. */
    public void nextHigh(Runnable whenNoneFound) {
        int from = selectedIndex.get() + 1;
        RecipientQuery current = query.get();
        long ticket = highScan.next();
        jobs.submit(() -> findHigh(current, from), found -> {
            if (!highScan.isCurrent(ticket) || current != query.get()) return;
            if (found < 0) whenNoneFound.run(); else select(found.intValue());
        });
    }

    private long findHigh(RecipientQuery current, long from) {
        for (long offset = from; offset < from + HIGH_SCAN_LIMIT; offset += PAGE_SIZE) {
            List<RecipientRow> page = review.page(current, offset, PAGE_SIZE);
            for (int i = 0; i < page.size(); i++) {
                if (page.get(i).worst() == Severity.HIGH) return offset + i;
            }
            if (page.size() < PAGE_SIZE) break;
        }
        return -1;
    }

    private void resolveSelectedRow() {
        int index = selectedIndex.get();
        RecipientRow row = index >= 0 && index < rows.size() ? rows.get(index) : null;
        if (row == PagedRecipientList.LOADING) return; // keep the last real row until the page lands
        selectedRow.set(row);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
