package com.trustproof.ui;

import com.trustproof.app.Progress;
import com.trustproof.app.RecipientDetail;
import com.trustproof.model.Campaign;
import com.trustproof.model.Decision;
import com.trustproof.model.DecisionStatus;
import com.trustproof.model.Finding;
import com.trustproof.model.Format;
import com.trustproof.model.MessageField;
import com.trustproof.model.Recipient;
import com.trustproof.model.RecipientQuery;
import com.trustproof.model.RecipientRow;
import com.trustproof.model.ReviewCounts;
import com.trustproof.model.Severity;
import com.trustproof.model.VariantGroup;
import com.trustproof.render.RenderedText;
import com.trustproof.render.Rendering;
import com.trustproof.risk.CampaignFinding;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * An in-memory review for view model tests: recipient i is "Person i"; every third has a high
 * finding, and recipient 0 has no consent. The body's {{first_name}} has no fallback.
 */
final class FakeReviewService implements ReviewService {
    final List<RecipientRow> rows = new ArrayList<>();
    final Map<Long, String> notes = new LinkedHashMap<>();
    final AtomicInteger pageCalls = new AtomicInteger();
    final AtomicInteger detailCalls = new AtomicInteger();
    Campaign campaign = new Campaign("Test", "a@b.c", "Hello", "", "Hi {{first_name}},\nWelcome", Format.TEXT, List.of(), List.of());

    FakeReviewService(int size) {
        for (int i = 0; i < size; i++) {
            Severity worst = i % 3 == 0 ? Severity.HIGH : i % 3 == 1 ? Severity.LOW : null;
            rows.add(new RecipientRow(i, "p" + i + "@example.com", "Person " + i, i % 2 == 0 ? "a" : "b",
                    i == 0 ? "unsubscribed" : "subscribed", DecisionStatus.PENDING, worst, worst == null ? 0 : worst.weight(), "v" + (i % 3)));
        }
    }

    private List<RecipientRow> matching(RecipientQuery q) {
        return rows.stream().filter(r -> q.statuses().isEmpty() || q.statuses().contains(r.status()))
                .filter(r -> r.worst() == null ? q.includeClean() : q.worst().isEmpty() || q.worst().contains(r.worst()))
                .filter(r -> q.segment() == null || q.segment().equals(r.segment()))
                .filter(r -> q.variant() == null || q.variant().equals(r.variant()))
                .filter(r -> q.search() == null || r.name().contains(q.search()) || r.email().contains(q.search()))
                .sorted(q.order() == RecipientQuery.Order.SCORE_DESC ? Comparator.comparingInt(RecipientRow::score).reversed() : Comparator.comparingLong(RecipientRow::id))
                .toList();
    }

    private RecipientRow row(long id) { return rows.get((int) id); }

    private void set(long id, DecisionStatus status, String note) {
        RecipientRow r = row(id);
        rows.set((int) id, new RecipientRow(r.id(), r.email(), r.name(), r.segment(), r.consent(), status, r.worst(), r.score(), r.variant()));
        notes.put(id, note);
    }

    @Override public Path file() { return Path.of("fake.trustproof"); }
    @Override public Campaign campaign() { return campaign; }
    @Override public List<CampaignFinding> campaignFindings() { return checkTemplate(campaign); }

    @Override public ReviewCounts counts() {
        long pending = rows.stream().filter(r -> r.status() == DecisionStatus.PENDING).count();
        long approved = rows.stream().filter(r -> r.status() == DecisionStatus.APPROVED).count();
        long high = rows.stream().filter(r -> r.worst() == Severity.HIGH).count();
        long low = rows.stream().filter(r -> r.worst() == Severity.LOW).count();
        return new ReviewCounts(rows.size(), pending, approved, rows.size() - pending - approved, high, 0, low, rows.size() - high - low);
    }

    @Override public long count(RecipientQuery query) { return matching(query).size(); }

    @Override public List<RecipientRow> page(RecipientQuery query, long offset, int limit) {
        pageCalls.incrementAndGet();
        List<RecipientRow> all = matching(query);
        return List.copyOf(all.subList((int) Math.min(offset, all.size()), (int) Math.min(offset + limit, all.size())));
    }

    @Override public RecipientDetail detail(long id) {
        detailCalls.incrementAndGet();
        return preview(campaign, id);
    }

    @Override public RecipientDetail preview(Campaign edited, long id) {
        RecipientRow r = row(id);
        String body = edited.body().replaceAll("\\{\\{[^}]*}}", "Person" + id);
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("email", r.email());
        attributes.put("first_name", "Person" + id);
        attributes.put("consent", r.consent());
        List<Finding> findings = r.worst() == Severity.HIGH
                ? List.of(new Finding("spam.trigger", Severity.HIGH, 0.9, MessageField.BODY, 0, 2, "Hi", "Sounds like spam", "Say it plainly"))
                : List.of();
        Decision decision = new Decision(id, r.status(), notes.get(id), Instant.EPOCH, "h");
        return new RecipientDetail(new Recipient(id, r.email(), attributes),
                new Rendering(new RenderedText(edited.subject(), List.of()), new RenderedText(edited.preheader(), List.of()),
                        new RenderedText(body, List.of()), "p"), findings, unchecked ? 0 : r.score(), decision, null, Map.of());
    }

    @Override public List<CampaignFinding> checkTemplate(Campaign edited) {
        int at = edited.body().indexOf("{{first_name}}");
        if (at < 0) return List.of();
        Finding f = new Finding("token.no-fallback", Severity.MEDIUM, 1, MessageField.BODY, at, at + 14, "{{first_name}}",
                "No fallback", "Add a fallback");
        return List.of(new CampaignFinding(f, 3, rows.size(), List.of(1L, 2L, 3L)));
    }

    @Override public void decide(long id, DecisionStatus status, String note) {
        if (status == DecisionStatus.APPROVED && !"subscribed".equals(row(id).consent())) {
            throw new IllegalStateException(row(id).email() + " has not consented (unsubscribed)");
        }
        set(id, status, note);
    }

    @Override public long decideGroup(String variant, DecisionStatus status, String note) {
        List<RecipientRow> members = rows.stream().filter(r -> variant.equals(r.variant())).toList();
        members.forEach(r -> set(r.id(), status, note));
        return members.size();
    }

    private List<RecipientRow> approvable(Severity max) {
        return rows.stream().filter(r -> r.status() == DecisionStatus.PENDING && "subscribed".equals(r.consent()))
                .filter(r -> r.worst() == null || max != null && max.atLeast(r.worst()))
                .toList();
    }

    @Override public long countApprovable(Severity max) { return approvable(max).size(); }

    @Override public long approveClean(Severity max) {
        List<RecipientRow> list = approvable(max);
        list.forEach(r -> set(r.id(), DecisionStatus.APPROVED, null));
        return list.size();
    }

    @Override public List<VariantGroup> groups(int limit) {
        return rows.stream().collect(Collectors.groupingBy(RecipientRow::variant, LinkedHashMap::new, Collectors.toList()))
                .entrySet().stream().map(e -> new VariantGroup(e.getKey(), e.getValue().size(),
                        e.getValue().stream().filter(r -> r.status() == DecisionStatus.PENDING).count(),
                        e.getValue().stream().filter(r -> r.status() == DecisionStatus.APPROVED).count(),
                        e.getValue().stream().filter(r -> r.status() == DecisionStatus.REJECTED).count(),
                        e.getValue().get(0).worst(), "", e.getValue().get(0).id())).limit(limit).toList();
    }

    @Override public List<String> segments() { return List.of("a", "b"); }
    @Override public Map<String, Long> recipientsByRule() { return Map.of("spam.trigger", rows.stream().filter(r -> r.worst() == Severity.HIGH).count()); }
    @Override public Map<String, Long> riskyBySegment() { return Map.of("a", 2L, "b", 1L); }
    @Override public void saveCampaign(Campaign edited, Progress progress) { campaign = edited; progress.update(1, 1); }

    @Override public long exportApproved(Path out, Progress progress) {
        List<String> lines = rows.stream().filter(r -> r.status() == DecisionStatus.APPROVED).map(RecipientRow::email).toList();
        try { Files.write(out, lines); } catch (java.io.IOException e) { throw new java.io.UncheckedIOException(e); }
        return lines.size();
    }

    /** A large import whose check pass has not run yet: every score reads 0 until it has. */
    boolean unchecked;

    @Override public boolean checksPending() { return unchecked; }

    @Override public long completeChecks(Progress progress) {
        unchecked = false;
        progress.update(1, 1);
        return 0;
    }
    @Override public void refresh() {}
    @Override public void close() {}
}
