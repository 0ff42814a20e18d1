package com.trustproof.ui;

import com.trustproof.app.RecipientDetail;
import com.trustproof.model.Campaign;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.util.List;

/**
 * The recipient on screen: their rendering, findings, persona and decision. While the template
 * is being edited ({@link #draftProperty} non-null) the rendering is a live preview of the draft.
 */
public final class RecipientDetailViewModel {
    private final ReviewService review;
    private final Jobs jobs;
    private final Generation generation = new Generation();
    private final DetailPrefetch prefetched;
    private final ReadOnlyObjectWrapper<RecipientDetail> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final ReadOnlyObjectWrapper<RecipientDetail> upcoming = new ReadOnlyObjectWrapper<>(this, "upcoming");
    private final ObjectProperty<Campaign> draft = new SimpleObjectProperty<>(this, "draft");
    private long recipientId = -1;
    /** The recipient the reviewer points at (see {@link #expect}), or -1. */
    private long expected = -1;

    public RecipientDetailViewModel(ReviewService review, Jobs jobs) {
        this.review = review;
        this.jobs = jobs;
        this.prefetched = new DetailPrefetch(review, jobs, this::refreshUpcoming);
        draft.addListener((obs, was, now) -> reload());
    }

    public ReadOnlyObjectProperty<RecipientDetail> detailProperty() { return detail.getReadOnlyProperty(); }
    public RecipientDetail detail() { return detail.get(); }

    /**
     * The prefetched detail the selection most likely moves to next (the next recipient in the list),
     * or null: a view may build its preview ahead so that moving there only swaps it in. It follows the
     * read-ahead, which waits until the selection rests, and not each selection, so building it does
     * not compete with showing the selection. {@link #show} of its recipient sets {@link #detailProperty}
     * to this very instance.
     */
    public ReadOnlyObjectProperty<RecipientDetail> upcomingProperty() { return upcoming.getReadOnlyProperty(); }

    /** The edited, unsaved campaign to preview against, or null for the saved one. */
    public ObjectProperty<Campaign> draftProperty() { return draft; }

    public long recipientId() { return recipientId; }

    /** Shows recipient {@code id}: at once when their detail was prefetched, else once it is read. */
    public void show(long id) {
        if (id == recipientId) return;
        recipientId = id;
        expected = -1;
        RecipientDetail ready = draft.get() == null ? prefetched.get(id) : null;
        if (ready == null) {
            prefetched.stopReading(); // this read must not queue behind the read-ahead of rows left behind
            load();
            return;
        }
        generation.next(); // a read still on its way for an earlier selection must not replace it
        detail.set(ready);
    }

    /**
     * Reads the details of {@code ids} (the selection's neighbours, most likely next first) in the
     * background so that moving to one needs no worker round trip; drops any other prefetched one.
     * Not while a draft is previewed: prefetched details are of the saved campaign.
     */
    public void prefetch(List<Long> ids) {
        if (draft.get() == null) prefetched.prefetch(ids); else prefetched.clear();
        refreshUpcoming();
    }

    /**
     * The reviewer points at recipient {@code id} (the pointer rests on their row), or at nobody (-1): a
     * click is likelier than J now, so their detail, once read ahead, is the upcoming one until the
     * selection moves.
     */
    public void expect(long id) {
        expected = id;
        refreshUpcoming();
    }

    private void refreshUpcoming() {
        if (draft.get() != null) {
            upcoming.set(null);
            return;
        }
        RecipientDetail pointedAt = expected >= 0 && expected != recipientId ? prefetched.get(expected) : null;
        upcoming.set(pointedAt != null ? pointedAt : prefetched.likeliestOtherThan(recipientId));
    }

    /** Drops the prefetched details: call it before and after anything that may change a detail. */
    public void forgetPrefetched() { prefetched.clear(); }

    /** Reads the recipient on screen again; prefetched details are dropped, they may be outdated too. */
    public void reload() {
        prefetched.clear();
        load();
    }

    private void load() {
        long ticket = generation.next();
        long id = recipientId;
        Campaign edited = draft.get();
        if (id < 0) {
            detail.set(null);
            return;
        }
        long cacheTicket = prefetched.ticket();
        jobs.submit(() -> edited == null ? review.detail(id) : review.preview(edited, id), loaded -> {
            if (edited == null) prefetched.remember(cacheTicket, loaded); // for K after J
            if (generation.isCurrent(ticket)) detail.set(loaded);
        });
    }
}
