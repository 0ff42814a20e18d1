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

    private ValueSpans.Collected valueSpans;

    /** The message's substituted values, collected on first use. */
    ValueSpans.Collected valueSpans() {
        if (valueSpans == null) valueSpans = ValueSpans.Collected.of(this);
        return valueSpans;
    }

    private final PhraseFamilies.Hits[] hits = new PhraseFamilies.Hits[3];

    /** All phrase families' hits in one view, scanned once per message on first use. */
    PhraseFamilies.Hits phraseHits(TextView view) {
        int index = view.field.ordinal();
        if (hits[index] == null) hits[index] = scanPhrases(view, index);
        return hits[index];
    }

    private PhraseFamilies.Hits scanPhrases(TextView view, int index) {
        Layout layout = layout(view);
        if (layout == null) return campaign.fullScanHits(index, view.text);
        PhraseFamilies.Hits out = campaign.hitBuffers[index];
        Skeleton.HitList all = campaign.allHits;
        layout.hits(campaign.families.combined(), all);
        campaign.families.select(all, out);
        return out;
    }

    /** Same as {@code matcher.scan(view.text, hit)}: the longest phrase per end position. */
    void scanLongest(PhraseMatcher matcher, TextView view, PhraseMatcher.Hit hit) {
        Layout layout = layout(view);
        if (layout == null) { matcher.scan(view.text, hit); return; }
        Skeleton.HitList all = campaign.snippetHits;
        layout.hits(matcher, all);
        int lastEnd = -1;
        for (int h = 0; h < all.size; h++) {
            if (all.end[h] == lastEnd) continue;
            lastEnd = all.end[h];
            hit.found(all.phrase[h], all.start[h], all.end[h]);
        }
    }

    private final Layout[] layouts = new Layout[3];
    private final boolean[] laidOut = new boolean[3];

    /**
     * The literal layout of a plain-text view (subject, preheader, text body) on this message's
     * rendering path, or null (HTML body, or a rendering no skeleton matches): then scan in full.
     */
    Layout layout(TextView view) {
        int index = view.field.ordinal();
        if (laidOut[index]) return layouts[index];
        laidOut[index] = true;
        if (view.text != view.rendered.text()) return null;   // a mapped (HTML) view
        layouts[index] = campaign.layout(view.field, rendering.path(), view.rendered);
        return layouts[index];
    }

    /** One field's text with its skeleton and where the skeleton's segments sit in this text. */
    static final class Layout {
        final Skeleton skeleton;
        final String text;
        final int[] gapA, gapB, offsets;
        /** Each gap's value: the string inserted there. */
        final String[] values;
        final int gaps;

        Layout(Skeleton skeleton, String text, int[] gapA, int[] gapB, String[] values, int gaps, int[] offsets) {
            this.values = values;
            this.skeleton = skeleton;
            this.text = text;
            this.gapA = gapA;
            this.gapB = gapB;
            this.gaps = gaps;
            this.offsets = offsets;
        }

        void hits(PhraseMatcher matcher, Skeleton.HitList out) {
            skeleton.hits(matcher, text, gapA, gapB, values, gaps, offsets, out);
        }
    }
}
