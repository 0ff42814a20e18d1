package com.trustproof.risk;

import com.trustproof.model.FieldNames;
import com.trustproof.model.MessageField;
import com.trustproof.render.RenderedText;
import com.trustproof.render.TokenSpan;

/** Walks the substituted recipient values (VALUE spans) of a message. */
final class ValueSpans {
    @FunctionalInterface
    interface Visitor {
        void visit(MessageField field, RenderedText rendered, TokenSpan span, String value);
    }

    private ValueSpans() {}

    static void each(MessageContext message, boolean namesOnly, Visitor visitor) {
        for (MessageField field : MessageField.values()) {
            RenderedText rendered = message.rendering.field(field);
            for (TokenSpan span : rendered.spans()) {
                if (span.source() != TokenSpan.Source.VALUE) continue;
                if (namesOnly && !FieldNames.isName(span.field())) continue;
                visitor.visit(field, rendered, span, rendered.text().substring(span.start(), span.end()));
            }
        }
    }
}
