package com.trustproof.ui;

import com.trustproof.app.Progress;
import com.trustproof.app.RecipientDetail;
import com.trustproof.model.RecipientQuery;
import com.trustproof.model.RecipientRow;
import com.trustproof.model.ReviewCounts;
import com.trustproof.model.VariantGroup;
import com.trustproof.model.Campaign;
import com.trustproof.model.DecisionStatus;
import com.trustproof.model.Severity;
import com.trustproof.risk.CampaignFinding;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the window needs from an open review. It mirrors {@link com.trustproof.app.ReviewSession}
 * method for method; the interface exists so view models can be tested against a fake, because
 * ReviewSession is a final class. Every call does I/O: never call it on the FX thread.
 */
public interface ReviewService extends AutoCloseable {
    Path file();
    Campaign campaign();
    List<CampaignFinding> campaignFindings();
    ReviewCounts counts();
    long count(RecipientQuery query);
    List<RecipientRow> page(RecipientQuery query, long offset, int limit);
    RecipientDetail detail(long recipientId);
    RecipientDetail preview(Campaign edited, long recipientId);
    List<CampaignFinding> checkTemplate(Campaign edited);
    void decide(long recipientId, DecisionStatus status, String note);
    long decideGroup(String variant, DecisionStatus status, String note);
    long countApprovable(Severity maxSeverity);
    long approveClean(Severity maxSeverity);
    List<VariantGroup> groups(int limit);
    List<String> segments();
    Map<String, Long> recipientsByRule();
    Map<String, Long> riskyBySegment();
    void saveCampaign(Campaign edited, Progress progress);
    long exportApproved(Path out, Progress progress);
    /** True while recipients of a large import wait for their first check. */
    boolean checksPending();
    /**
     * Checks them (long: call it off the worker that serves the window, it uses a connection of its
     * own); returns how many earlier decisions went back to pending. Then call {@link #refresh}.
     */
    long completeChecks(Progress progress);
    /** Drops what the window's connection cached (totals, page positions) after another one wrote. */
    void refresh();

    @Override
    void close();
}
