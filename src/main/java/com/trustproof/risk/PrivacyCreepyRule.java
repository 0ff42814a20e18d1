package com.trustproof.risk;

/** privacy.creepy: surveillance phrasing ("we noticed you", "based on your location"). */
final class PrivacyCreepyRule extends PhraseListRule {
    PrivacyCreepyRule(RuleSpec spec, PhraseFamilies families) { super(spec, families); }
}
