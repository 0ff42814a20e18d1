package com.trustproof.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Builds the rule class behind each rule id of the rule data. */
final class RuleFactory {
    private static final Map<String, Function<RuleSpec, Rule>> SIMPLE = Map.ofEntries(
            Map.entry("token.unknown-field", TokenUnknownFieldRule::new),
            Map.entry("token.malformed", TokenMalformedRule::new),
            Map.entry("value.placeholder", ValuePlaceholderRule::new),
            Map.entry("value.implausible", ValueImplausibleRule::new),
            Map.entry("value.casing", ValueCasingRule::new),
            Map.entry("value.name-mismatch", ValueNameMismatchRule::new),
            Map.entry("segment.outside", SegmentOutsideRule::new),
            Map.entry("consent.missing", ConsentMissingRule::new),
            Map.entry("spam.shouting", SpamShoutingRule::new),
            Map.entry("data.stale", DataStaleRule::new),
            Map.entry("html.tracking-pixel", HtmlTrackingPixelRule::new),
            Map.entry("html.link-mismatch", HtmlLinkMismatchRule::new));

    static final String TOO_BROAD = "segment.too-broad";
    static final String LEXICON_OWNER = "assumption.mismatch";
    static final String UNRESOLVED = "token.unresolved";
    static final String NO_FALLBACK = "token.no-fallback";

    private RuleFactory() {}

    /** Rules that scan what the reader sees for phrases; they share one combined automaton. */
    private static final Map<String, BiFunction<RuleSpec, PhraseFamilies, Rule>> PHRASE_RULES = Map.of(
            "value.generic", ValueGenericRule::new,
            "assumption.mismatch", AssumptionMismatchRule::new,
            "assumption.sensitive", AssumptionSensitiveRule::new,
            "privacy.creepy", PrivacyCreepyRule::new,
            "spam.trigger", SpamTriggerRule::new);

    /** Every enabled rule, in rule-data order. An id without a class is a programming error. */
    static List<Rule> build(Map<String, RuleSpec> specs, PhraseFamilies families) {
        List<Rule> rules = new ArrayList<>();
        for (RuleSpec spec : specs.values()) {
            if (!spec.enabled) continue;
            rules.add(create(spec, specs, families));
        }
        families.seal();
        return rules;
    }

    static Rule create(RuleSpec spec, Map<String, RuleSpec> specs, PhraseFamilies families) {
        BiFunction<RuleSpec, PhraseFamilies, Rule> phraseRule = PHRASE_RULES.get(spec.id);
        if (phraseRule != null) return phraseRule.apply(spec, families);
        // rules that share another rule's data
        switch (spec.id) {
            case TOO_BROAD: return new SegmentTooBroadRule(spec, specs.get(LEXICON_OWNER), families);
            case UNRESOLVED: return new TokenUnresolvedRule(spec, ToolFields.from(specs));
            case NO_FALLBACK: return new TokenNoFallbackRule(spec, ToolFields.from(specs));
            default: break;
        }
        Function<RuleSpec, Rule> constructor = SIMPLE.get(spec.id);
        if (constructor == null) throw new IllegalStateException("no rule class for " + spec.id);
        return constructor.apply(spec);
    }

    static boolean isKnown(String id) { return SIMPLE.containsKey(id) || PHRASE_RULES.containsKey(id) || TOO_BROAD.equals(id) || UNRESOLVED.equals(id) || NO_FALLBACK.equals(id); }
}
