package com.trustproof.risk;

import com.trustproof.model.FieldNames;
import com.trustproof.model.MessageField;
import com.trustproof.model.Recipient;
import com.trustproof.render.RenderedText;
import com.trustproof.render.Rendering;
import com.trustproof.render.TokenSpan;

import java.util.ArrayList;
import java.util.List;

/**
 * Test-only stand-in for the real renderer while branch render is not merged: understands
 * {{ field }} and {{ field | default: "x" }} only, and records spans the way the renderer does.
 */
final class MiniRenderer {
    private MiniRenderer() {}

    static Rendering render(com.trustproof.model.Campaign campaign, Recipient recipient) {
        return new Rendering(field(campaign.subject(), recipient), field(campaign.preheader(), recipient),
                field(campaign.body(), recipient), "mini");
    }

    static RenderedText field(String template, Recipient recipient) {
        StringBuilder out = new StringBuilder();
        List<TokenSpan> spans = new ArrayList<>();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf("{{", i);
            int close = open < 0 ? -1 : template.indexOf("}}", open);
            int nextOpen = open < 0 ? -1 : template.indexOf("{{", open + 2);
            if (open < 0 || close < 0 || (nextOpen >= 0 && nextOpen < close)) {
                out.append(template, i, open < 0 ? template.length() : open + 2);
                i = open < 0 ? template.length() : open + 2;
                continue;
            }
            out.append(template, i, open);
            String inner = template.substring(open + 2, close).strip();
            String name = inner, fallback = null;
            int bar = inner.indexOf('|');
            if (bar >= 0) {
                name = inner.substring(0, bar).strip();
                String rest = inner.substring(bar + 1).strip();
                int q = rest.indexOf('"');
                fallback = q < 0 ? "" : rest.substring(q + 1, rest.lastIndexOf('"'));
            }
            String field = FieldNames.canonical(name);
            String value = recipient.get(field);
            int start = out.length();
            TokenSpan.Source source;
            if (!Recipient.isMissing(value)) { out.append(value); source = TokenSpan.Source.VALUE; }
            else if (fallback != null) { out.append(fallback); source = TokenSpan.Source.FALLBACK; }
            else source = TokenSpan.Source.MISSING;
            spans.add(new TokenSpan(start, out.length(), open, close + 2, field, source));
            i = close + 2;
        }
        return new RenderedText(out.toString(), spans);
    }

    static RenderedText plain(MessageField field, String text) {
        return new RenderedText(text, List.of());
    }
}
