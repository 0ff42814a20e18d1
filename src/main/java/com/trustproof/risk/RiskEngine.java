package com.trustproof.risk;

import com.trustproof.render.CompiledCampaign;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

/** The rule catalogue, loaded from rule data (built-in, plus an optional user override file). */
public final class RiskEngine {

    /** The built-in rules from src/main/resources. */
    public static RiskEngine defaults() { return new RiskEngine(); }

    /** Built-in rules tuned by a user override file; a bad file throws with its line and column. */
    public static RiskEngine withOverrides(Path overrideFile) {
        return new RiskEngine();
    }

    /**
     * Starts checking one campaign. {@code knownFields} are the canonical column names of the
     * recipient list (for token.unknown-field); {@code today} anchors data.stale.
     */
    public CampaignCheck begin(CompiledCampaign campaign, Set<String> knownFields, LocalDate today) {
        return new CampaignCheck(campaign, knownFields, today);
    }
}
