package com.trustproof.render;

import com.trustproof.model.FieldNames;
import com.trustproof.model.Recipient;

import java.util.ArrayList;
import java.util.Map;

/** Everything one field's rendering reads and writes: the recipient, text, spans, path. */
final class RenderOutput {
    private final Recipient recipient;
    private final Map<String, String> values;
    final boolean html;
    final StringBuilder text;
    final ArrayList<TokenSpan> spans;
    final StringBuilder path;

    RenderOutput(Recipient recipient, boolean html, int textCapacity, int spanCapacity, StringBuilder path) {
        this.recipient = recipient;
        this.values = recipient.attributes();
        this.html = html;
        this.text = new StringBuilder(textCapacity);
        this.spans = new ArrayList<>(spanCapacity);
        this.path = path;
    }

    /** The recipient's raw value of a canonical field; the email also when no column holds it. */
    String value(String canonicalField) {
        String value = values.get(canonicalField);
        if (value == null && FieldNames.EMAIL.equals(canonicalField)) return recipient.email();
        return value;
    }

    void renderAll(TemplateNode[] nodes) {
        for (TemplateNode node : nodes) node.render(this);
    }
}
