package com.trustproof.risk;

import com.trustproof.model.Finding;
import com.trustproof.model.MessageField;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;

import java.util.List;
import java.util.Locale;

/**
 * html.tracking-pixel: a remote image of 1×1 (or 0) pixels, or one hidden by an inline style:
 * the classic open tracker. Local (cid:, data:) images are not tracking anyone.
 */
final class HtmlTrackingPixelRule extends MessageRule {
    HtmlTrackingPixelRule(RuleSpec spec) { super(spec); }

    @Override
    void check(MessageContext message, List<Finding> out) {
        HtmlBody html = message.html();
        if (html == null) return;
        String source = message.rendering.body().text();
        for (Element img : html.document.getElementsByTag("img")) {
            String src = img.attr("src").strip().toLowerCase(Locale.ROOT);
            boolean remote = src.startsWith("http://") || src.startsWith("https://") || src.startsWith("//");
            if (!remote) continue;
            String why = tiny(img) ? "a 1×1 image" : HtmlBody.hiddenByStyle(img) ? "a hidden image" : null;
            if (why == null) continue;
            Range range = img.sourceRange();
            int start = range.isTracked() ? html.toCurrent(range.startPos(), false) : 0;
            int end = Math.min(source.length(), range.isTracked() ? html.toCurrent(range.endPos(), true) : 0);
            start = Math.min(start, end);
            out.add(spec.finding(MessageField.BODY, start, end, source.substring(start, end),
                    "what", why, "src", img.attr("src")));
        }
    }

    /** Width and height (attributes or inline style) both at most one pixel. */
    private static boolean tiny(Element img) {
        Integer width = pixels(img.attr("width")), height = pixels(img.attr("height"));
        for (String declaration : img.attr("style").split(";")) {
            int colon = declaration.indexOf(':');
            if (colon < 0) continue;
            String property = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            if (property.equals("width")) width = pixels(declaration.substring(colon + 1));
            if (property.equals("height")) height = pixels(declaration.substring(colon + 1));
        }
        return width != null && height != null && width <= 1 && height <= 1;
    }

    /** "1", "1px", "0" → the number; anything else (percent, auto, empty) → null. */
    private static Integer pixels(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.endsWith("px")) v = v.substring(0, v.length() - 2).strip();
        if (v.isEmpty() || v.length() > 6 || !v.chars().allMatch(Character::isDigit)) return null;
        return Integer.parseInt(v);
    }
}
