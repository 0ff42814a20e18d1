package com.trustproof.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Builds the rule class behind each rule id of the rule data. */
final class RuleFactory {
    private static final Map<String, Function<RuleSpec, Rule>> SIMPLE = Map.ofEntries(
            Map.entry("token.unknown-field", TokenUnknownFieldRule::new),
            Map.entry("token.malformed", TokenMalformedRule::new),
            Map.entry("value.placeholder", ValuePlaceholderRule::new),
            Map.entry("value.implausible", ValueImplausibleRule::new),
            Map.entry("value.casing", ValueCasingRule::new),
            Map.entry("value.generic", ValueGenericRule::new),
            Map.entry("value.name-mismatch", ValueNameMismatchRule::new),
            Map.entry("assumption.mismatch", AssumptionMismatchRule::new),
            Map.entry("assumption.sensitive", AssumptionSensitiveRule::new),
            Map.entry("segment.outside", SegmentOutsideRule::new),
            Map.entry("consent.missing", ConsentMissingRule::new),
            Map.entry("privacy.creepy", PrivacyCreepyRule::new),
            Map.entry("spam.trigger", SpamTriggerRule::new),
            Map.entry("spam.shouting", SpamShoutingRule::new),
            Map.entry("data.stale", DataStaleRule::new),
            Map.entry("html.tracking-pixel", HtmlTrackingPixelRule::new),
            Map.entry("html.link-mismatch", HtmlLinkMismatchRule::new));

    static final String TOO_BROAD = "segment.too-broad";
    static final String LEXICON_OWNER = "assumption.mismatch";
    static final String UNRESOLVED = "token.unresolved";
    static final String NO_FALLBACK = "token.no-fallback";

    private RuleFactory() {}

    /** Every enabled rule, in rule-data order. An id without a class is a programming error. */
    static List<Rule> build(Map<String, RuleSpec> specs) {
        List<Rule> rules = new ArrayList<>();
        for (RuleSpec spec : specs.values()) {
            if (!spec.enabled) continue;
            rules.add(create(spec, specs));
        }
        return rules;
    }

    static Rule create(RuleSpec spec, Map<String, RuleSpec> specs) {
        // rules that share another rule's data
        switch (spec.id) {
            case TOO_BROAD: return new SegmentTooBroadRule(spec, specs.get(LEXICON_OWNER));
            case UNRESOLVED: return new TokenUnresolvedRule(spec, ToolFields.from(specs));
            case NO_FALLBACK: return new TokenNoFallbackRule(spec, ToolFields.from(specs));
            default: break;
        }
        Function<RuleSpec, Rule> constructor = SIMPLE.get(spec.id);
        if (constructor == null) throw new IllegalStateException("no rule class for " + spec.id);
        return constructor.apply(spec);
    }

    static boolean isKnown(String id) { return SIMPLE.containsKey(id) || TOO_BROAD.equals(id) || UNRESOLVED.equals(id) || NO_FALLBACK.equals(id); }
}
