package com.trustproof.risk;

import com.trustproof.model.Format;
import com.trustproof.model.MessageField;
import com.trustproof.model.Recipient;
import com.trustproof.render.Rendering;

import java.util.List;

/** One recipient's rendered message, with lazily built views shared by all rules. */
final class MessageContext {
    final CampaignContext campaign;
    final Recipient recipient;
    final Rendering rendering;
    private List<TextView> views;
    private HtmlBody html;
    private final boolean[] scanned = new boolean[3];

    MessageContext(CampaignContext campaign, Recipient recipient, Rendering rendering) {
        this.campaign = campaign;
        this.recipient = recipient;
        this.rendering = rendering;
    }

    boolean isHtml() { return campaign.campaign().format() == Format.HTML; }

    /** The parsed HTML body, or null for text campaigns. */
    HtmlBody html() {
        if (!isHtml()) return null;
        if (html == null) html = campaign.htmlBody(rendering);
        return html;
    }

    /** What the reader sees in subject, preheader and body, for text rules. */
    List<TextView> views() {
        if (views == null) {
            TextView body = isHtml() ? html().view : TextView.plain(MessageField.BODY, rendering.body());
            views = List.of(TextView.plain(MessageField.SUBJECT, rendering.subject()),
                    TextView.plain(MessageField.PREHEADER, rendering.preheader()), body);
        }
        return views;
    }

    String attribute(String name) { return recipient.get(name); }

    /** All phrase families' hits in one view, scanned once per message on first use. */
    PhraseFamilies.Hits phraseHits(TextView view) {
        int index = view.field.ordinal();
        PhraseFamilies.Hits hits = campaign.hitBuffers[index];
        if (!scanned[index]) {
            campaign.families.scan(view.text, hits);
            scanned[index] = true;
        }
        return hits;
    }
}
