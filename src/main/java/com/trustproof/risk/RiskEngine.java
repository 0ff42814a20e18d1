package com.trustproof.risk;

import com.trustproof.model.Finding;
import com.trustproof.render.CompiledCampaign;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rule catalogue, loaded from rule data (built-in, plus an optional user override file).
 * Thread-safe: phrase lists are compiled once, on the first {@link #begin} (commands that only
 * load or export rows never pay for it); each {@link #begin} starts an independent pass.
 */
public final class RiskEngine {
    private final Map<String, RuleSpec> specs;
    private final PhraseFamilies families = new PhraseFamilies();
    private List<Rule> rules;

    private RiskEngine(Map<String, RuleSpec> specs) {
        for (RuleSpec spec : specs.values()) {
            if (!RuleFactory.isKnown(spec.id)) throw new IllegalStateException("no rule class for " + spec.id);
        }
        this.specs = Collections.unmodifiableMap(specs);
    }

    /** Builds the rules now rather than at the first check (a command about to check a whole list does this on another core). */
    public RiskEngine compiled() {
        compiledRules();
        return this;
    }

    private synchronized List<Rule> compiledRules() {
        if (rules == null) rules = List.copyOf(RuleFactory.build(specs, families));
        return rules;
    }

    /** The built-in rules from src/main/resources. */
    public static RiskEngine defaults() { return new RiskEngine(RuleFiles.builtIn()); }

    /**
     * Built-in rules tuned by a user override file.
     *
     * @throws RuleFileException naming the file, line and column of the problem
     */
    public static RiskEngine withOverrides(Path overrideFile) {
        return new RiskEngine(RuleFiles.applyOverrides(RuleFiles.builtIn(), overrideFile));
    }

    /** Every rule, enabled or not, in catalogue order, for the UI's rule filter and settings. */
    public List<RuleDescriptor> rules() {
        List<RuleDescriptor> out = new ArrayList<>();
        for (RuleSpec spec : specs.values()) out.add(spec.descriptor());
        return out;
    }

    /** The descriptor of one rule id, or null. */
    public RuleDescriptor rule(String id) {
        RuleSpec spec = specs.get(id);
        return spec == null ? null : spec.descriptor();
    }

    /**
     * Starts checking one campaign. {@code knownFields} are the canonical column names of the
     * recipient list (for token.unknown-field); {@code today} anchors data.stale.
     */
    public CampaignCheck begin(CompiledCampaign campaign, Set<String> knownFields, LocalDate today) {
        return new CampaignCheck(compiledRules(), families, campaign, knownFields, today);
    }

    /**
     * What the template alone shows, without any recipient: token.malformed, token.unknown-field
     * and sensitive-trait phrases, in template offsets. Cheap enough for live re-check as the
     * user types in the editor.
     */
    public List<Finding> checkTemplate(CompiledCampaign campaign, Set<String> knownFields) {
        return begin(campaign, knownFields, LocalDate.now()).templateFindings();
    }
}
