package com.trustproof.risk;

import com.trustproof.model.Finding;

import java.util.List;

/** A rule that looks at one message at a time and keeps no campaign-wide state. */
abstract class MessageRule implements Rule {
    protected final RuleSpec spec;

    MessageRule(RuleSpec spec) { this.spec = spec; }

    @Override
    public RuleSpec spec() { return spec; }

    @Override
    public RulePass begin(CampaignContext campaign) {
        return new RulePass() {
            @Override
            public void check(MessageContext message, List<Finding> out) {
                MessageRule.this.check(message, out);
            }
        };
    }

    /** Adds this message's findings (offsets into the rendered fields). */
    abstract void check(MessageContext message, List<Finding> out);
}
