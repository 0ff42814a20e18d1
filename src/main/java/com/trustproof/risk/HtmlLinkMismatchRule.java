package com.trustproof.risk;

import com.trustproof.model.Finding;
import com.trustproof.model.MessageField;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;

import java.util.List;

/**
 * html.link-mismatch: a link whose text shows a domain (or URL) while its href goes to another
 * registrable domain: what phishing does. Tracking redirects on a different domain trip it too,
 * which is the point: the reader cannot tell them apart.
 */
final class HtmlLinkMismatchRule extends MessageRule {
    HtmlLinkMismatchRule(RuleSpec spec) { super(spec); }

    @Override
    void check(MessageContext message, List<Finding> out) {
        HtmlBody html = message.html();
        if (html == null) return;
        String source = message.rendering.body().text();
        for (Element link : html.document.getElementsByTag("a")) {
            String shown = Domains.hostInText(link.text());
            if (shown == null) continue;
            String target = Domains.hostOfHref(link.attr("href"));
            if (target == null || Domains.registrable(shown).equals(Domains.registrable(target))) continue;
            int[] span = textSpan(link, html);
            span[1] = Math.min(span[1], source.length());
            span[0] = Math.min(span[0], span[1]);
            out.add(spec.finding(MessageField.BODY, span[0], span[1], source.substring(span[0], span[1]),
                    "shown", shown, "target", target));
        }
    }

    /** The link's content between its tags in the rendered source (the whole tag when untracked). */
    private static int[] textSpan(Element link, HtmlBody html) {
        Range open = link.sourceRange(), close = link.endSourceRange();
        if (open.isTracked() && close.isTracked() && open.endPos() <= close.startPos()) {
            return new int[]{html.toCurrent(open.endPos(), false), html.toCurrent(close.startPos(), true)};
        }
        if (open.isTracked()) return new int[]{html.toCurrent(open.startPos(), false), html.toCurrent(open.endPos(), true)};
        return new int[]{0, 0};
    }
}
