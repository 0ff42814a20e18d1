package com.trustproof.risk;

import com.trustproof.model.Finding;
import com.trustproof.model.Recipient;
import com.trustproof.render.CompiledCampaign;
import com.trustproof.render.Rendering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * One checking pass over a campaign: call {@link #check} for every recipient (from one thread),
 * then {@link #finish} for the campaign-wide findings, which need counts over all recipients.
 * Several threads may each run a pass of their own and {@link #absorb} them before finishing.
 */
public final class CampaignCheck {
    private final CampaignContext context;
    private final List<RulePass> passes = new ArrayList<>();

    CampaignCheck(List<Rule> rules, PhraseFamilies families, CompiledCampaign campaign, Set<String> knownFields,
                  LocalDate today) {
        this.context = new CampaignContext(campaign, knownFields, today, families);
        for (Rule rule : rules) passes.add(rule.begin(context));
    }

    /** The findings on this recipient's message and persona, and its trust score. */
    public RecipientCheck check(Recipient recipient, Rendering rendering) {
        context.everyone.add(recipient.id());
        MessageContext message = new MessageContext(context, recipient, rendering);
        List<Finding> findings = new ArrayList<>();
        for (RulePass pass : passes) pass.check(message, findings);
        return new RecipientCheck(findings, score(findings));
    }

    /**
     * Merges another pass over the same campaign and rules into this one, so that {@link #finish}
     * reports on the recipients of both: lets several threads each check part of a list with a
     * pass of their own. Recipient ids must ascend in each pass (list order, as a review file is
     * read); the affected ids then come out as a single pass would have listed them.
     */
    public void absorb(CampaignCheck other) {
        if (other.passes.size() != passes.size() || other.context.compiled() != context.compiled()) {
            throw new IllegalArgumentException("not a pass over the same campaign and rules");
        }
        context.everyone.absorb(other.context.everyone);
        for (int i = 0; i < passes.size(); i++) passes.get(i).absorb(other.passes.get(i));
    }

    /** Campaign-wide findings (template offsets) with affected counts, worst first. */
    public List<CampaignFinding> finish() {
        List<CampaignFinding> out = new ArrayList<>();
        for (RulePass pass : passes) pass.finish(out);
        out.sort(Comparator.comparing((CampaignFinding f) -> f.finding().severity())
                .thenComparing(f -> -f.affected()));
        return out;
    }

    /** Findings the template alone shows, in template offsets (no recipients needed). */
    public List<Finding> templateFindings() {
        List<Finding> out = new ArrayList<>();
        for (RulePass pass : passes) out.addAll(pass.templateFindings());
        return out;
    }

    /** Scans every message in full, as before literal caching (reference for equivalence tests). */
    CampaignCheck withoutLiteralCache() { context.cacheLiterals = false; return this; }

    /** Uses literal caching even for short fields (equivalence tests). */
    CampaignCheck cachingEveryField() { context.shortField = 0; return this; }

    long htmlReused() { return context.htmlReused; }

    /** Recipients checked so far. */
    public long checked() { return context.total(); }

    /** Weighted sum of findings, as spam filters sum rule scores: severity weight × confidence. */
    public static int score(List<Finding> findings) {
        double sum = 0;
        for (Finding finding : findings) sum += finding.severity().weight() * finding.confidence();
        return (int) Math.round(sum);
    }
}
