package com.trustproof.risk;

import com.trustproof.model.FieldNames;
import com.trustproof.model.Finding;
import com.trustproof.model.MessageField;
import com.trustproof.render.RenderedText;
import com.trustproof.render.TokenSpan;

import java.util.List;

/**
 * token.unresolved: a token that rendered to nothing (MISSING span, straight from the renderer's
 * provenance) or merge syntax that survived into the output ("Hi {{first_name}}", "*|FNAME|*").
 */
final class TokenUnresolvedRule implements Rule {
    /** Openers of merge syntax and the closer that ends each; a closer alone is also left-over. */
    private static final String[][] SYNTAX = {
            {"{{", "}}"}, {"{%", "%}"}, {"*|", "|*"}, {"%%", "%%"}, {"{contactfield=", "}"}, {"${", "}"}};
    private static final int MAX_TOKEN = 80;

    private final RuleSpec spec;
    private final ToolFields toolFields;

    TokenUnresolvedRule(RuleSpec spec, ToolFields toolFields) {
        this.spec = spec;
        this.toolFields = toolFields;
    }

    @Override public RuleSpec spec() { return spec; }

    @Override
    public RulePass begin(CampaignContext campaign) {
        return new RulePass() {
            @Override
            public void check(MessageContext message, List<Finding> out) {
                for (MessageField field : MessageField.values()) {
                    RenderedText rendered = message.rendering.field(field);
                    String template = campaign.campaign().template(field);
                    List<TokenSpan> spans = rendered.spans();
                    for (int s = 0; s < spans.size(); s++) {   // by index: an iterator a field a message is garbage
                        TokenSpan span = spans.get(s);
                        if (span.source() != TokenSpan.Source.MISSING || toolFields.contains(span.field())) continue;
                        String token = safeSubstring(template, span.sourceStart(), span.sourceEnd());
                        out.add(spec.finding(field, span.start(), span.end(),
                                rendered.text().substring(span.start(), span.end()), "token", token, "field", span.field()));
                    }
                    if (mayHoldLeftOverSyntax(message, field)) findLeftOverSyntax(field, rendered, out);
                }
            }
        };
    }

    /**
     * False when the field's literal text, which every message on its rendering path shares, has
     * no character that starts syntax: then any syntax starts inside a value and is not reported
     * (see {@link #insideSpan}), so the per-message scan would find nothing.
     */
    private static boolean mayHoldLeftOverSyntax(MessageContext message, MessageField field) {
        TextView view = message.views().get(field.ordinal());
        if (view.field != field) return true;
        MessageContext.Layout layout = message.layout(view);
        return layout == null || layout.skeleton.literalsContainAny(TRIGGERS);
    }

    private void findLeftOverSyntax(MessageField field, RenderedText rendered, List<Finding> out) {
        String text = rendered.text();
        int last = text.length() - 1;
        // only the six trigger characters can start syntax: jump between them (String.indexOf is vectorized)
        int[] next = new int[TRIGGERS.length];
        for (int t = 0; t < TRIGGERS.length; t++) next[t] = nextOf(text, TRIGGERS[t], 0);
        int i = 0;
        while (i < last) {
            int at = Integer.MAX_VALUE;
            for (int t = 0; t < TRIGGERS.length; t++) {
                if (next[t] < i) next[t] = nextOf(text, TRIGGERS[t], i);
                at = Math.min(at, next[t]);
            }
            if (at >= last) break;
            i = at;
            int end = syntaxEnd(text, i);
            if (end < 0) { i++; continue; }
            String found = text.substring(i, end);
            if (!insideSpan(rendered, i, end) && !toolFields.contains(CanonicalNames.of(innerName(found)))) {
                out.add(spec.finding(field, i, end, found, "token", found, "field", "?"));
            }
            i = end;
        }
    }

    private static final char[] TRIGGERS = {'{', '}', '*', '|', '%', '$'};

    private static int nextOf(String text, char c, int from) {
        int at = text.indexOf(c, from);
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    /** End of merge syntax starting at {@code i}, or -1. */
    private static int syntaxEnd(String text, int i) {
        char c = text.charAt(i);
        if (c != '{' && c != '}' && c != '*' && c != '|' && c != '%' && c != '$') return -1;   // fast path
        for (String[] pair : SYNTAX) {
            String open = pair[0], close = pair[1];
            if (text.startsWith(open, i)) {
                int closeAt = text.indexOf(close, i + open.length());
                boolean closed = closeAt >= 0 && closeAt - i <= MAX_TOKEN;
                if (open.equals("%%")) {
                    // AMPscript: %%Name%% or %%[ ... ]%%; a lone "%%" is not syntax
                    if (!closed || i + 2 >= text.length()) return -1;
                    char first = text.charAt(i + 2);
                    if (!(Character.isLetter(first) || first == '[' || first == '=')) return -1;
                }
                return closed ? closeAt + close.length() : i + open.length();
            }
            if (!open.equals("%%") && close.length() == 2 && text.startsWith(close, i)) return i + 2;
        }
        return -1;
    }

    /** Syntax inside a value is value.placeholder's business; inside a MISSING span it is already reported. */
    private static boolean insideSpan(RenderedText rendered, int start, int end) {
        for (TokenSpan span : rendered.spans()) {
            if (span.source() != TokenSpan.Source.FALLBACK && span.start() < end && start < span.end()) return true;
        }
        return false;
    }

    /** The field a left-over tag names: "{{ unsubscribe_url }}" → "unsubscribe_url", "*|UNSUB|*" → "UNSUB". */
    static String innerName(String tag) {
        int i = 0;
        while (i < tag.length() && "{}*|%$[ ".indexOf(tag.charAt(i)) >= 0) i++;
        int end = i;
        while (end < tag.length()) {
            char c = tag.charAt(end);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == ':' || c == '-')) break;
            end++;
        }
        return tag.substring(i, end);
    }

    static String safeSubstring(String text, int start, int end) {
        if (text == null || start < 0 || end > text.length() || start > end) return "";
        return text.substring(start, end);
    }
}
