package com.trustproof.risk;

import com.trustproof.model.Finding;

import java.util.List;
import java.util.function.Supplier;

/** A pass whose findings come from the template alone and therefore affect every recipient. */
final class TemplateOnlyPass implements RulePass {
    private final Supplier<List<Finding>> source;
    private final CampaignContext campaign;
    private List<Finding> findings;

    /** {@code source} runs once, when first needed, so nothing parses the template twice. */
    TemplateOnlyPass(Supplier<List<Finding>> source, CampaignContext campaign) {
        this.source = source;
        this.campaign = campaign;
    }

    @Override
    public List<Finding> templateFindings() {
        if (findings == null) findings = List.copyOf(source.get());
        return findings;
    }

    @Override
    public void finish(List<CampaignFinding> out) {
        for (Finding finding : templateFindings()) {
            out.add(new CampaignFinding(finding, campaign.total(), campaign.total(), campaign.everyone.ids()));
        }
    }
}
