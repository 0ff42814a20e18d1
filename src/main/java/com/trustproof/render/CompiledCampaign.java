package com.trustproof.render;

import com.trustproof.model.Campaign;
import com.trustproof.model.Recipient;

import java.util.List;

/** A campaign parsed once, rendered for many recipients. Thread-safe once built. */
public final class CompiledCampaign {
    private final Campaign campaign;

    private CompiledCampaign(Campaign campaign) { this.campaign = campaign; }

    public static CompiledCampaign compile(Campaign campaign) {
        return new CompiledCampaign(campaign);
    }

    public Campaign campaign() { return campaign; }

    /** Malformed syntax found while parsing, in field then position order. */
    public List<TemplateProblem> problems() { throw new UnsupportedOperationException("render engine pending"); }

    /** Every merge token in subject, preheader and body, in field then position order. */
    public List<TokenInfo> tokens() { throw new UnsupportedOperationException("render engine pending"); }

    public Rendering render(Recipient recipient) { throw new UnsupportedOperationException("render engine pending"); }
}
