package com.trustproof.ui;

import com.trustproof.app.RecipientDetail;
import com.trustproof.model.Campaign;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The recipient on screen: their rendering, findings, persona and decision. While the template
 * is being edited ({@link #draftProperty} non-null) the rendering is a live preview of the draft.
 */
public final class RecipientDetailViewModel {
    private final ReviewService review;
    private final Jobs jobs;
    private final Generation generation = new Generation();
    private final ReadOnlyObjectWrapper<RecipientDetail> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final ObjectProperty<Campaign> draft = new SimpleObjectProperty<>(this, "draft");
    private long recipientId = -1;

    public RecipientDetailViewModel(ReviewService review, Jobs jobs) {
        this.review = review;
        this.jobs = jobs;
        draft.addListener((obs, was, now) -> reload());
    }

    public ReadOnlyObjectProperty<RecipientDetail> detailProperty() { return detail.getReadOnlyProperty(); }
    public RecipientDetail detail() { return detail.get(); }

    /** The edited, unsaved campaign to preview against, or null for the saved one. */
    public ObjectProperty<Campaign> draftProperty() { return draft; }

    public long recipientId() { return recipientId; }

    public void show(long id) {
        if (id == recipientId) return;
        recipientId = id;
        reload();
    }

    public void reload() {
        long ticket = generation.next();
        long id = recipientId;
        Campaign edited = draft.get();
        if (id < 0) {
            detail.set(null);
            return;
        }
        jobs.submit(() -> edited == null ? review.detail(id) : review.preview(edited, id), loaded -> {
            if (generation.isCurrent(ticket)) detail.set(loaded);
        });
    }
}
