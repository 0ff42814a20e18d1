package com.trustproof.risk;

import com.trustproof.model.MessageField;
import com.trustproof.render.RenderedText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/** A rendered HTML body parsed once (with source positions) for the HTML rules and the text view. */
final class HtmlBody {
    /** Elements whose content a reader never sees. */
    private static final Set<String> INVISIBLE = Set.of("head", "script", "style", "noscript", "template", "title");

    final Document document;
    final TextView view;

    HtmlBody(RenderedText rendered) {
        this.document = Jsoup.parse(rendered.text(), "", Parser.htmlParser().setTrackPosition(true));
        this.view = visibleText(rendered);
    }

    /** True for inline styles that hide an element: display:none, visibility:hidden. */
    static boolean hiddenByStyle(Element element) {
        if (element.hasAttr("hidden")) return true;
        String style = element.attr("style");
        if (style.isEmpty()) return false;
        for (String declaration : style.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon < 0) continue;
            String property = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = declaration.substring(colon + 1).replace("!important", "").strip().toLowerCase(Locale.ROOT);
            if (property.equals("display") && value.equals("none")) return true;
            if (property.equals("visibility") && value.equals("hidden")) return true;
        }
        return false;
    }

    private TextView visibleText(RenderedText rendered) {
        StringBuilder visible = new StringBuilder();
        Segments segments = new Segments();
        document.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element element) {
                    if (INVISIBLE.contains(element.normalName()) || hiddenByStyle(element)) return FilterResult.SKIP_ENTIRELY;
                    if (element.isBlock() || element.normalName().equals("br")) separate(visible);
                } else if (node instanceof TextNode textNode) {
                    Range range = textNode.sourceRange();
                    if (!range.isTracked()) return FilterResult.CONTINUE;
                    String text = textNode.getWholeText();
                    segments.add(visible.length(), visible.length() + text.length(), range.startPos(), range.endPos());
                    visible.append(text);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) separate(visible);
                return FilterResult.CONTINUE;
            }
        });
        return TextView.mapped(MessageField.BODY, rendered, visible.toString(),
                segments.trimmed(segments.visibleStart), segments.trimmed(segments.visibleEnd),
                segments.trimmed(segments.sourceStart), segments.trimmed(segments.sourceEnd));
    }

    /** Blocks are separated by a line break so phrases never run across paragraphs. */
    private static void separate(StringBuilder visible) {
        if (!visible.isEmpty() && visible.charAt(visible.length() - 1) != '\n') visible.append('\n');
    }

    private static final class Segments {
        int size;
        int[] visibleStart = new int[16], visibleEnd = new int[16], sourceStart = new int[16], sourceEnd = new int[16];

        void add(int vs, int ve, int ss, int se) {
            if (size == visibleStart.length) {
                visibleStart = Arrays.copyOf(visibleStart, size * 2);
                visibleEnd = Arrays.copyOf(visibleEnd, size * 2);
                sourceStart = Arrays.copyOf(sourceStart, size * 2);
                sourceEnd = Arrays.copyOf(sourceEnd, size * 2);
            }
            visibleStart[size] = vs;
            visibleEnd[size] = ve;
            sourceStart[size] = ss;
            sourceEnd[size] = se;
            size++;
        }

        int[] trimmed(int[] values) { return Arrays.copyOf(values, size); }
    }
}
