package com.trustproof.risk;

import com.trustproof.model.Finding;
import com.trustproof.render.TemplateProblem;

import java.util.ArrayList;
import java.util.List;

/** token.malformed: broken merge syntax the renderer reported ({{first_name}, *|FNAME|, unclosed IF). */
final class TokenMalformedRule implements Rule {
    private final RuleSpec spec;

    TokenMalformedRule(RuleSpec spec) { this.spec = spec; }

    @Override public RuleSpec spec() { return spec; }

    @Override
    public RulePass begin(CampaignContext campaign) {
        return new TemplateOnlyPass(() -> templateFindings(campaign), campaign);
    }

    private List<Finding> templateFindings(CampaignContext campaign) {
        List<Finding> findings = new ArrayList<>();
        for (TemplateProblem problem : campaign.problems()) {
            findings.add(spec.finding(problem.field(), problem.start(), problem.end(), problem.text(),
                    "problem", problem.message()));
        }
        return findings;
    }
}
