package com.trustproof.risk;

import com.trustproof.model.MessageField;
import com.trustproof.render.RenderedText;
import com.trustproof.render.TokenSpan;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A rendered HTML body parsed (with source positions) for the HTML rules and the text view.
 *
 * <p>Parsing every recipient's HTML would dominate a million-recipient check, yet recipients on
 * the same rendering path share every character outside their token spans, and the renderer
 * escapes values so they cannot add markup. So a parse is reused for another recipient on the same
 * path when its token spans either sit in plain text nodes outside links and hold no entities, or
 * (anywhere else: attributes, links) render exactly as for the reference recipient. Then the
 * document is the reference's, offsets are shifted by the span length differences
 * ({@link #toCurrent(int, boolean)}) and the visible text is rebuilt with this recipient's values.
 */
final class HtmlBody {
    /** Elements whose content a reader never sees. */
    private static final Set<String> INVISIBLE = Set.of("head", "script", "style", "noscript", "template", "title");

    /** The parsed document; for a reused parse, the reference recipient's (use {@link #toCurrent(int, boolean)}). */
    final Document document;
    final TextView view;
    /** True when other recipients on this rendering path may reuse this parse. */
    final boolean reusable;
    /** Per span: may its text differ in a reusing rendering (plain text outside links)? */
    private final boolean[] free;
    private final String referenceText;
    private final List<TokenSpan> referenceSpans;
    private final int[] shiftAfterSpan;   // cumulative length difference after each span; null = identity

    private HtmlBody(Document document, TextView view, boolean[] free, String referenceText,
                     List<TokenSpan> referenceSpans, int[] shiftAfterSpan) {
        this.document = document;
        this.view = view;
        this.reusable = free != null;
        this.free = free;
        this.referenceText = referenceText;
        this.referenceSpans = referenceSpans;
        this.shiftAfterSpan = shiftAfterSpan;
    }

    /** Parses a rendered body. */
    static HtmlBody parse(RenderedText rendered) {
        Document document = Jsoup.parse(rendered.text(), "", Parser.htmlParser().setTrackPosition(true));
        TextView view = visibleText(document, rendered);
        return new HtmlBody(document, view, freeSpans(document, rendered), rendered.text(), rendered.spans(), null);
    }

    /**
     * The reference's parse applied to another rendering on the same path, or null when the
     * spans do not line up or a value brought entities (then parse instead).
     */
    static HtmlBody reuse(HtmlBody reference, RenderedText rendered) {
        if (!reference.reusable) return null;
        List<TokenSpan> ref = reference.referenceSpans, now = rendered.spans();
        if (ref.size() != now.size()) return null;
        int[] shift = new int[ref.size()];
        int total = 0;
        for (int k = 0; k < ref.size(); k++) {
            TokenSpan a = ref.get(k), b = now.get(k);
            if (a.sourceStart() != b.sourceStart() || a.source() != b.source()) return null;
            if (reference.free[k]) {
                int amp = rendered.text().indexOf('&', b.start());
                if (amp >= 0 && amp < b.end()) return null;
            } else if (b.end() - b.start() != a.end() - a.start()
                    || !rendered.text().regionMatches(b.start(), reference.referenceText, a.start(), a.end() - a.start())) {
                return null;   // a value inside a tag or link changed: the structure may differ
            }
            total += (b.end() - b.start()) - (a.end() - a.start());
            shift[k] = total;
        }
        HtmlBody shifted = new HtmlBody(reference.document, null, null, null, ref, shift);
        return new HtmlBody(reference.document, shifted.rebuildView(reference.view, reference.referenceText, rendered), null, null,
                ref, shift);
    }

    /**
     * Maps an offset in the parsed document's source to the current rendering. A span that is
     * empty in the reference and sits exactly at the offset counts as before an end offset and
     * after a start offset, so ranges grow to hold the value.
     */
    int toCurrent(int referenceOffset, boolean isEnd) {
        if (shiftAfterSpan == null) return referenceOffset;
        int shift = 0;
        for (int k = 0; k < referenceSpans.size(); k++) {
            TokenSpan span = referenceSpans.get(k);
            if (span.end() > referenceOffset || (!isEnd && span.start() >= referenceOffset)) break;
            shift = shiftAfterSpan[k];
        }
        return referenceOffset + shift;
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

    /** The reference's visible text with this recipient's values in the segments whose source differs. */
    private TextView rebuildView(TextView reference, String referenceSource, RenderedText rendered) {
        int[] vs = reference.visibleStarts(), ve = reference.visibleEnds(), ss = reference.sourceStarts(), se = reference.sourceEnds();
        StringBuilder visible = new StringBuilder(reference.text.length() + 32);
        Segments segments = new Segments();
        int copied = 0;
        for (int k = 0; k < vs.length; k++) {
            visible.append(reference.text, copied, vs[k]);   // separators between segments
            int from = toCurrent(ss[k], false), to = toCurrent(se[k], true);
            int start = visible.length();
            // the same source, the same visible text; a value of the same length as the reference's is not the same value
            boolean same = to - from == se[k] - ss[k] && rendered.text().regionMatches(from, referenceSource, ss[k], se[k] - ss[k]);
            if (same) visible.append(reference.text, vs[k], ve[k]);
            else visible.append(rendered.text(), from, to);   // a segment holding spans: plain text, so its source is what shows
            segments.add(start, visible.length(), from, to);
            copied = ve[k];
        }
        visible.append(reference.text, copied, reference.text.length());
        return segments.view(rendered, visible.toString());
    }

    private static TextView visibleText(Document document, RenderedText rendered) {
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
        return segments.view(rendered, visible.toString());
    }

    /**
     * Per span, true when it lies inside a text node whose source holds no entity (so the text
     * equals its source) and outside any link (whose text the link rule reads).
     */
    private static boolean[] freeSpans(Document document, RenderedText rendered) {
        boolean[] free = new boolean[rendered.spans().size()];
        if (free.length == 0) return free;
        int[][] textRanges = document.body() == null ? new int[0][] : document.getAllElements().stream()
                .flatMap(e -> e.textNodes().stream())
                .filter(t -> t.sourceRange().isTracked())
                .filter(t -> t.sourceRange().endPos() - t.sourceRange().startPos() == t.getWholeText().length())
                .map(t -> new int[]{t.sourceRange().startPos(), t.sourceRange().endPos()})
                .toArray(int[][]::new);
        List<Element> links = document.getElementsByTag("a");
        for (int k = 0; k < free.length; k++) {
            TokenSpan span = rendered.spans().get(k);
            boolean inText = false;
            for (int[] r : textRanges) {
                if (r[0] <= span.start() && span.end() <= r[1]) { inText = true; break; }
            }
            boolean inLink = false;
            for (Element link : links) {
                Range open = link.sourceRange(), close = link.endSourceRange();
                int end = close.isTracked() ? close.endPos() : Integer.MAX_VALUE;
                if (!open.isTracked() || (open.startPos() < span.end() && span.start() < end)) { inLink = true; break; }
            }
            free[k] = inText && !inLink;
        }
        return free;
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

        TextView view(RenderedText rendered, String visible) {
            return TextView.mapped(MessageField.BODY, rendered, visible, Arrays.copyOf(visibleStart, size),
                    Arrays.copyOf(visibleEnd, size), Arrays.copyOf(sourceStart, size), Arrays.copyOf(sourceEnd, size));
        }
    }
}
