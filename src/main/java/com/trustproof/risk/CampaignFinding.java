package com.trustproof.risk;

import com.trustproof.model.Finding;

import java.util.List;

/**
 * A campaign-wide finding (on the template, not one recipient) with how many of the
 * {@code total} recipients it affects and which ones (ids, possibly capped for huge lists).
 */
public record CampaignFinding(Finding finding, long affected, long total, List<Long> affectedIds) {
    public CampaignFinding {
        affectedIds = List.copyOf(affectedIds);
    }

    public double share() { return total == 0 ? 0 : (double) affected / total; }
}
