package com.trustproof.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.List;
import java.util.Map;

/** Numbers behind the overview charts: recipients per rule and risky recipients per segment. */
public final class OverviewViewModel {
    private final ReviewService review;
    private final Jobs jobs;
    private final Generation generation = new Generation();
    private final ReadOnlyObjectWrapper<Map<String, Long>> byRule = new ReadOnlyObjectWrapper<>(this, "byRule", Map.of());
    private final ReadOnlyObjectWrapper<Map<String, Long>> riskyBySegment = new ReadOnlyObjectWrapper<>(this, "riskyBySegment", Map.of());
    private final ReadOnlyObjectWrapper<List<String>> segments = new ReadOnlyObjectWrapper<>(this, "segments", List.of());

    public OverviewViewModel(ReviewService review, Jobs jobs) {
        this.review = review;
        this.jobs = jobs;
    }

    public ReadOnlyObjectProperty<Map<String, Long>> byRuleProperty() { return byRule.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Map<String, Long>> riskyBySegmentProperty() { return riskyBySegment.getReadOnlyProperty(); }
    /** Every segment on the list (for the segment filter). */
    public ReadOnlyObjectProperty<List<String>> segmentsProperty() { return segments.getReadOnlyProperty(); }

    private record Numbers(Map<String, Long> byRule, Map<String, Long> bySegment, List<String> segments) {}

    public void load() {
        long ticket = generation.next();
        jobs.submit(() -> new Numbers(review.recipientsByRule(), review.riskyBySegment(), review.segments()), numbers -> {
            if (!generation.isCurrent(ticket)) return;
            byRule.set(numbers.byRule());
            riskyBySegment.set(numbers.bySegment());
            segments.set(numbers.segments());
        });
    }
}
