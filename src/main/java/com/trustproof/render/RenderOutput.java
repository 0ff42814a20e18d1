package com.trustproof.render;

import com.trustproof.model.FieldNames;
import com.trustproof.model.Recipient;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Where a rendering is written: text, provenance spans and the path signature. One instance per
 * thread is reused, so a rendering allocates only its results (strings, spans, span lists).
 */
final class RenderOutput {
    private static final ThreadLocal<RenderOutput> PER_THREAD = ThreadLocal.withInitial(RenderOutput::new);
    /** Scratch buffers grown past this (by a huge template) are not kept for the next rendering. */
    private static final int MAX_KEPT_CAPACITY = 1 << 16;

    private Recipient recipient;
    private Map<String, String> values;
    boolean html;
    StringBuilder text = new StringBuilder(2048);
    final StringBuilder path = new StringBuilder(64);
    private TokenSpan[] spans = new TokenSpan[16];
    private int spanCount;

    private RenderOutput() {}

    static RenderOutput forRecipient(Recipient recipient) {
        RenderOutput out = PER_THREAD.get();
        out.recipient = recipient;
        out.values = recipient.attributes();
        out.path.setLength(0);
        return out;
    }

    void startField(boolean html, int expectedLength) {
        this.html = html;
        if (text.capacity() > MAX_KEPT_CAPACITY) text = new StringBuilder(expectedLength);
        text.setLength(0);
        spanCount = 0;
    }

    RenderedText finishField() {
        List<TokenSpan> spanList = spanCount == 0 ? List.of() : List.of(Arrays.copyOf(spans, spanCount));
        Arrays.fill(spans, 0, spanCount, null); // let the spans go with their rendering
        return new RenderedText(text.toString(), spanList);
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
            // literal text is most of every template: append it without a virtual call
            if (node instanceof LiteralNode literal) text.append(literal.text());
            else node.render(this);
        }
    }

    /** Forget the recipient so the thread's scratch does not keep personal data reachable. */
    void release() {
        recipient = null;
        values = null;
    }
}
