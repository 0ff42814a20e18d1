package com.trustproof.risk;

import com.trustproof.model.Finding;

import java.util.List;

/** A rule at work on one campaign. Called from one thread: check per recipient, then finish. */
interface RulePass {
    /** Findings the template alone shows (template offsets), for live re-check in the editor. */
    default List<Finding> templateFindings() { return List.of(); }

    /** Adds this recipient's findings (offsets into the rendered fields). */
    default void check(MessageContext message, List<Finding> out) {}

    /**
     * Takes over the campaign-wide counts of {@code other}, a pass of the same rule over other
     * recipients of the same campaign (checks split across threads). Passes that count nothing
     * across recipients have nothing to merge.
     */
    default void absorb(RulePass other) {}

    /** Adds campaign-wide findings with their counts, after every recipient was checked. */
    default void finish(List<CampaignFinding> out) {}
}
