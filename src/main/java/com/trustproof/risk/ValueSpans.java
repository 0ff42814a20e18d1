package com.trustproof.risk;

import com.trustproof.model.FieldNames;
import com.trustproof.model.MessageField;
import com.trustproof.render.RenderedText;
import com.trustproof.render.TokenSpan;
import org.jsoup.parser.Parser;

/** Walks the substituted recipient values (VALUE spans) of a message. */
final class ValueSpans {
    @FunctionalInterface
    interface Visitor {
        /** {@code value} is what the reader reads (entities decoded); {@code raw} the exact span text. */
        void visit(MessageField field, TokenSpan span, String value, String raw);
    }

    private ValueSpans() {}

    /** Like {@link Visitor}, with the value's number among the pass's {@link ValueIds}. */
    @FunctionalInterface
    interface NumberedVisitor {
        void visit(MessageField field, TokenSpan span, String value, String raw, int id);
    }

    static void each(MessageContext message, boolean namesOnly, Visitor visitor) {
        Collected all = message.valueSpans();
        for (int k = 0; k < all.size; k++) {
            TokenSpan span = all.spans[k];
            if (namesOnly && !FieldNames.isName(span.field())) continue;
            visitor.visit(all.fields[k], span, all.values[k], all.raws[k]);
        }
    }

    static void each(MessageContext message, boolean namesOnly, NumberedVisitor visitor) {
        Collected all = message.valueSpans();
        int[] ids = all.ids(message.campaign.valueIds);
        for (int k = 0; k < all.size; k++) {
            TokenSpan span = all.spans[k];
            if (namesOnly && !FieldNames.isName(span.field())) continue;
            visitor.visit(all.fields[k], span, all.values[k], all.raws[k], ids[k]);
        }
    }

    /** Every VALUE span of a message with its text, collected once and shared by the value rules. */
    static final class Collected {
        int size;
        MessageField[] fields = new MessageField[4];
        TokenSpan[] spans = new TokenSpan[4];
        String[] values = new String[4], raws = new String[4];
        private int[] ids;

        /** Each span's value number (column and raw text), looked up on first use, once for all rules. */
        int[] ids(ValueIds numbering) {
            if (ids == null) {
                ids = new int[size];
                for (int k = 0; k < size; k++) ids[k] = numbering.of(spans[k].field(), raws[k]);
            }
            return ids;
        }

        static Collected of(MessageContext message) {
            Collected out = new Collected();
            boolean html = message.isHtml();
            for (MessageField field : MessageField.values()) {
                RenderedText rendered = message.rendering.field(field);
                java.util.List<TokenSpan> spans = rendered.spans();
                for (int s = 0; s < spans.size(); s++) {   // by index: an iterator a field a message is garbage
                    TokenSpan span = spans.get(s);
                    if (span.source() != TokenSpan.Source.VALUE) continue;
                    String raw = span.text(rendered.text());
                    // HTML campaigns get values entity-escaped by the renderer; judge the decoded text
                    String value = html && raw.indexOf('&') >= 0 ? Parser.unescapeEntities(raw, false) : raw;
                    out.add(field, span, value, raw);
                }
            }
            return out;
        }

        private void add(MessageField field, TokenSpan span, String value, String raw) {
            if (size == spans.length) {
                int n = size * 2;
                fields = java.util.Arrays.copyOf(fields, n);
                spans = java.util.Arrays.copyOf(spans, n);
                values = java.util.Arrays.copyOf(values, n);
                raws = java.util.Arrays.copyOf(raws, n);
            }
            fields[size] = field;
            spans[size] = span;
            values[size] = value;
            raws[size] = raw;
            size++;
        }
    }
}
