package com.trustproof.app;

import com.trustproof.model.Campaign;
import com.trustproof.model.DecisionStatus;
import com.trustproof.model.RecipientQuery;
import com.trustproof.model.RecipientRow;
import com.trustproof.model.ReviewCounts;
import com.trustproof.model.Severity;
import com.trustproof.model.VariantGroup;
import com.trustproof.risk.CampaignFinding;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * An open review file: the one door the UI and CLI use. Every method does I/O: call it off the FX
 * thread. Decisions are committed when made. Not thread-safe: use from one worker thread at a time.
 */
public final class ReviewSession implements AutoCloseable {

    /** Opens an existing review file; refuses files that are not Trustproof reviews or are newer. */
    public static ReviewSession open(Path file) { throw new UnsupportedOperationException("pending"); }

    /**
     * Imports campaign + recipients into {@code file} (created if absent, re-imported if present,
     * keeping decisions whose message is unchanged) in one transaction, then opens it.
     * Bad input throws {@link InputException} and leaves the file as it was.
     */
    public static ReviewSession importFiles(Path file, Path campaignJson, Path recipients, Progress progress) {
        throw new UnsupportedOperationException("pending");
    }

    public Path file() { throw new UnsupportedOperationException("pending"); }

    public Campaign campaign() { throw new UnsupportedOperationException("pending"); }

    /** Campaign-wide findings (on the template), with counts and affected recipients. */
    public List<CampaignFinding> campaignFindings() { throw new UnsupportedOperationException("pending"); }

    public ReviewCounts counts() { throw new UnsupportedOperationException("pending"); }

    public long count(RecipientQuery query) { throw new UnsupportedOperationException("pending"); }

    /** Rows {@code offset} .. offset+limit of the query's result. */
    public List<RecipientRow> page(RecipientQuery query, long offset, int limit) { throw new UnsupportedOperationException("pending"); }

    /** Rendering, findings, persona and decision of one recipient (rendered on demand). */
    public RecipientDetail detail(long recipientId) { throw new UnsupportedOperationException("pending"); }

    /** Renders one recipient against an edited, unsaved campaign (live preview while editing). */
    public RecipientDetail preview(Campaign edited, long recipientId) { throw new UnsupportedOperationException("pending"); }

    /** Campaign-wide findings of an edited, unsaved campaign, with exact counts over the whole list. */
    public List<CampaignFinding> checkTemplate(Campaign edited) { throw new UnsupportedOperationException("pending"); }

    /**
     * Records a decision, committed at once. Approving a recipient without consent is refused with
     * an {@link IllegalStateException} whose message says why.
     */
    public void decide(long recipientId, DecisionStatus status, String note) { throw new UnsupportedOperationException("pending"); }

    /** Decides every member of a variant group in one transaction; returns how many changed. */
    public long decideGroup(String variant, DecisionStatus status, String note) { throw new UnsupportedOperationException("pending"); }

    /** How many pending, consenting recipients have no finding worse than {@code maxSeverity} (null: no finding at all). */
    public long countApprovable(Severity maxSeverity) { throw new UnsupportedOperationException("pending"); }

    /** Approves those recipients in one transaction; returns how many. */
    public long approveClean(Severity maxSeverity) { throw new UnsupportedOperationException("pending"); }

    /** Variant groups, largest first. */
    public List<VariantGroup> groups(int limit) { throw new UnsupportedOperationException("pending"); }

    public List<String> segments() { throw new UnsupportedOperationException("pending"); }

    /** Recipients per rule id (for the overview chart and the rule filter). */
    public Map<String, Long> recipientsByRule() { throw new UnsupportedOperationException("pending"); }

    /** Recipients with a high or medium finding per segment. */
    public Map<String, Long> riskyBySegment() { throw new UnsupportedOperationException("pending"); }

    /**
     * Saves an edited campaign as a new version and re-checks every recipient; decisions whose
     * message changed go back to pending with a reason.
     */
    public void saveCampaign(Campaign edited, Progress progress) { throw new UnsupportedOperationException("pending"); }

    /** Writes the approved sends to {@code out} (whole or not at all); returns rows written. */
    public long exportApproved(Path out, Progress progress) { throw new UnsupportedOperationException("pending"); }

    @Override
    public void close() {}
}
