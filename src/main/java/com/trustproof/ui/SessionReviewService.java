package com.trustproof.ui;

import com.trustproof.app.Progress;
import com.trustproof.app.RecipientDetail;
import com.trustproof.model.RecipientQuery;
import com.trustproof.model.RecipientRow;
import com.trustproof.model.ReviewCounts;
import com.trustproof.app.ReviewSession;
import com.trustproof.model.VariantGroup;
import com.trustproof.model.Campaign;
import com.trustproof.model.DecisionStatus;
import com.trustproof.model.Severity;
import com.trustproof.risk.CampaignFinding;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The real review behind the window: forwards every call to a {@link ReviewSession}. */
public final class SessionReviewService implements ReviewService {
    private final ReviewSession session;
    private volatile Thread checking;

    public SessionReviewService(ReviewSession session) { this.session = session; }

    @Override public Path file() { return session.file(); }
    @Override public Campaign campaign() { return session.campaign(); }
    @Override public List<CampaignFinding> campaignFindings() { return session.campaignFindings(); }
    @Override public ReviewCounts counts() { return session.counts(); }
    @Override public long count(RecipientQuery query) { return session.count(query); }
    @Override public List<RecipientRow> page(RecipientQuery query, long offset, int limit) { return session.page(query, offset, limit); }
    @Override public RecipientDetail detail(long recipientId) { return session.detail(recipientId); }
    @Override public RecipientDetail preview(Campaign edited, long recipientId) { return session.preview(edited, recipientId); }
    @Override public List<CampaignFinding> checkTemplate(Campaign edited) { return session.checkTemplate(edited); }
    @Override public void decide(long recipientId, DecisionStatus status, String note) { session.decide(recipientId, status, note); }
    @Override public long decideGroup(String variant, DecisionStatus status, String note) { return session.decideGroup(variant, status, note); }
    @Override public long countApprovable(Severity maxSeverity) { return session.countApprovable(maxSeverity); }
    @Override public long approveClean(Severity maxSeverity) { return session.approveClean(maxSeverity); }
    @Override public List<VariantGroup> groups(int limit) { return session.groups(limit); }
    @Override public List<String> segments() { return session.segments(); }
    @Override public Map<String, Long> recipientsByRule() { return session.recipientsByRule(); }
    @Override public Map<String, Long> riskyBySegment() { return session.riskyBySegment(); }
    @Override public void saveCampaign(Campaign edited, Progress progress) { session.saveCampaign(edited, progress); }
    @Override public long exportApproved(Path out, Progress progress) { return session.exportApproved(out, progress); }
    @Override public boolean checksPending() { return session.checksPending(); }
    @Override public void refresh() { session.refresh(); }

    @Override
    public long completeChecks(Progress progress) {
        checking = Thread.currentThread();
        try (ReviewSession pass = ReviewSession.open(session.file())) {
            return pass.completeChecks(progress);
        } finally {
            checking = null;
        }
    }

    /** Closing the window stops a check pass still running (it starts over next time). */
    @Override
    public void close() {
        Thread pass = checking;
        if (pass != null) pass.interrupt();
        session.close();
    }
}
