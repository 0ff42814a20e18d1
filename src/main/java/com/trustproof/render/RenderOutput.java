package com.trustproof.render;

import com.trustproof.model.FieldNames;
import com.trustproof.model.Recipient;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Where a rendering is written: the pieces of text, provenance spans and the path signature.
 * One instance per thread is reused. The pieces (template literals and values, as they are) are
 * joined once at the end, which copies each character exactly once into the result string.
 */
final class RenderOutput {
    private static final ThreadLocal<RenderOutput> PER_THREAD = ThreadLocal.withInitial(RenderOutput::new);

    private Recipient recipient;
    private Map<String, String> values;
    boolean html;
    private char[] path = new char[64];
    private int pathLength;
    private String[] pieces = new String[32];
    private int pieceCount;
    private int length;
    private TokenSpan[] spans = new TokenSpan[16];
    private int spanCount;

    private RenderOutput() {}

    static RenderOutput forRecipient(Recipient recipient) {
        RenderOutput out = PER_THREAD.get();
        out.recipient = recipient;
        out.values = recipient.attributes();
        out.pathLength = 0;
        return out;
    }

    void startField(boolean html) {
        this.html = html;
        pieceCount = 0;
        length = 0;
        spanCount = 0;
    }

    RenderedText finishField() {
        String text = switch (pieceCount) {
            case 0 -> "";
            case 1 -> pieces[0];
            default -> String.join("", Arrays.copyOf(pieces, pieceCount));
        };
        List<TokenSpan> spanList = spanCount == 0 ? List.of() : List.of(Arrays.copyOf(spans, spanCount));
        // let the values and spans go with their rendering
        Arrays.fill(pieces, 0, pieceCount, null);
        Arrays.fill(spans, 0, spanCount, null);
        return new RenderedText(text, spanList);
    }

    /** Adds one character to the rendering-path signature. */
    void mark(char mark) {
        if (pathLength == path.length) path = Arrays.copyOf(path, pathLength * 2);
        path[pathLength++] = mark;
    }

    /**
     * The rendering-path signature. Most recipients take the path the one before took: they get
     * the same string, whose hash the checks' maps (keyed by path) then work out once, and whose
     * key they find by identity rather than by comparing text.
     */
    String path() {
        if (!isLastPath()) lastPath = new String(path, 0, pathLength);
        return lastPath;
    }

    private String lastPath = "";

    private boolean isLastPath() {
        if (lastPath.length() != pathLength) return false;
        for (int i = 0; i < pathLength; i++) {
            if (lastPath.charAt(i) != path[i]) return false;
        }
        return true;
    }

    /** Length of the text so far: where the next piece starts. */
    int length() { return length; }

    void append(String piece) {
        if (piece.isEmpty()) return;
        if (pieceCount == pieces.length) pieces = Arrays.copyOf(pieces, pieceCount * 2);
        pieces[pieceCount++] = piece;
        length += piece.length();
    }

    /** The recipient's raw value of a canonical field; the email also when no column holds it. */
    String value(String canonicalField) {
        String value = values.get(canonicalField);
        if (value == null && FieldNames.EMAIL.equals(canonicalField)) return recipient.email();
        return value;
    }

    void addSpan(TokenSpan span) {
        if (spanCount == spans.length) spans = Arrays.copyOf(spans, spanCount * 2);
        spans[spanCount++] = span;
    }

    void renderAll(TemplateNode[] nodes) {
        for (TemplateNode node : nodes) {
            // literal text is most of every template: take it without a virtual call
            if (node instanceof LiteralNode literal) append(literal.text());
            else node.render(this);
        }
    }

    /** Forget the recipient so the thread's scratch does not keep personal data reachable. */
    void release() {
        recipient = null;
        values = null;
    }
}
