package com.trustproof.risk;

import com.trustproof.model.Recipient;
import com.trustproof.render.CompiledCampaign;
import com.trustproof.render.Rendering;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One checking pass over a campaign: call {@link #check} for every recipient (from one thread),
 * then {@link #finish} for the campaign-wide findings, which need counts over all recipients.
 */
public final class CampaignCheck {
    CampaignCheck(CompiledCampaign campaign, Set<String> knownFields, LocalDate today) {}

    public RecipientCheck check(Recipient recipient, Rendering rendering) {
        throw new UnsupportedOperationException("risk engine pending");
    }

    public List<CampaignFinding> finish() {
        throw new UnsupportedOperationException("risk engine pending");
    }
}
