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

    static void each(MessageContext message, boolean namesOnly, Visitor visitor) {
        boolean html = message.isHtml();
        for (MessageField field : MessageField.values()) {
            RenderedText rendered = message.rendering.field(field);
            for (TokenSpan span : rendered.spans()) {
                if (span.source() != TokenSpan.Source.VALUE) continue;
                if (namesOnly && !FieldNames.isName(span.field())) continue;
                String raw = rendered.text().substring(span.start(), span.end());
                // HTML campaigns get values entity-escaped by the renderer; judge the decoded text
                String value = html && raw.indexOf('&') >= 0 ? Parser.unescapeEntities(raw, false) : raw;
                visitor.visit(field, span, value, raw);
            }
        }
    }
}
