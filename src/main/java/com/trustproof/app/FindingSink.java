package com.trustproof.app;

import com.trustproof.model.Finding;
import com.trustproof.model.Recipient;
import com.trustproof.risk.CampaignFinding;

import java.util.List;

/** Receives the findings of a full check: per recipient as they come, campaign-wide at the end. */
public interface FindingSink {
    void recipient(Recipient recipient, List<Finding> findings);

    void campaign(List<CampaignFinding> findings);
}
