package com.trustproof.risk;

/** spam.trigger: classic spam phrases ("act now", "100% free", "click here", "risk-free"). */
final class SpamTriggerRule extends PhraseListRule {
    SpamTriggerRule(RuleSpec spec, PhraseFamilies families) { super(spec, families); }
}
