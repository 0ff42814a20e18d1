package com.trustproof.risk;

/**
 * One trust-risk rule. A rule is built once from its {@link RuleSpec} (phrase lists compiled
 * then) and is immutable; {@link #begin} gives a {@link RulePass} holding whatever the rule counts
 * over one campaign's recipients.
 */
interface Rule {
    RuleSpec spec();

    RulePass begin(CampaignContext campaign);
}
