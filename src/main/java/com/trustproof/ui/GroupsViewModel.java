package com.trustproof.ui;

import com.trustproof.app.RecipientDetail;
import com.trustproof.model.VariantGroup;
import com.trustproof.model.DecisionStatus;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.function.LongConsumer;

/** Variant groups (largest first) and the sample rendering of the one selected. */
public final class GroupsViewModel {
    private static final int LIMIT = 500;

    private final ReviewService review;
    private final Jobs jobs;
    private final ObservableList<VariantGroup> groups = FXCollections.observableArrayList();
    private final ObservableList<VariantGroup> readOnlyGroups = FXCollections.unmodifiableObservableList(groups);
    private final ReadOnlyObjectWrapper<RecipientDetail> sample = new ReadOnlyObjectWrapper<>(this, "sample");
    private final Generation loads = new Generation();
    private final Generation samples = new Generation();

    public GroupsViewModel(ReviewService review, Jobs jobs) {
        this.review = review;
        this.jobs = jobs;
    }

    public ObservableList<VariantGroup> groups() { return readOnlyGroups; }
    public ReadOnlyObjectProperty<RecipientDetail> sampleProperty() { return sample.getReadOnlyProperty(); }

    public void load() {
        long ticket = loads.next();
        jobs.submit(() -> review.groups(LIMIT), loaded -> {
            if (loads.isCurrent(ticket)) groups.setAll(loaded);
        });
    }

    public void showSample(VariantGroup group) {
        long ticket = samples.next();
        if (group == null) {
            sample.set(null);
            return;
        }
        jobs.submit(() -> review.detail(group.sampleId()), detail -> {
            if (samples.isCurrent(ticket)) sample.set(detail);
        });
    }

    void decide(String variant, DecisionStatus status, String note, LongConsumer changed) {
        jobs.submit(() -> review.decideGroup(variant, status, note), changed::accept);
    }
}
