package com.trustproof.render;

import com.trustproof.model.Recipient;

/**
 * A merge token: one canonical field, optional text filters, optional fallback.
 * {@code fallbackOutput} is computed at parse time (filters after the default applied, HTML
 * escaped), so a fallback costs nothing per recipient. Values are inserted literally: they are
 * never parsed again, which is what keeps a value like "{{x}}" from being rendered.
 */
record TokenNode(String field, TextFilter[] filters, String fallbackOutput, int sourceStart, int sourceEnd)
        implements TemplateNode {

    static final char VALUE_MARK = 'V', FALLBACK_MARK = 'F', MISSING_MARK = 'M';

    @Override
    public void render(RenderOutput out) {
        int start = out.length();
        String value = out.value(field);
        TokenSpan.Source source;
        String inserted = null;
        if (!Recipient.isMissing(value)) {
            if (filters.length > 0) value = TextFilter.applyAll(filters, 0, value);
            inserted = out.html ? HtmlEscaper.escape(value) : value;
            out.append(inserted);
            source = TokenSpan.Source.VALUE;
            out.mark(VALUE_MARK);
        } else if (fallbackOutput != null) {
            out.append(fallbackOutput);
            source = TokenSpan.Source.FALLBACK;
            out.mark(FALLBACK_MARK);
        } else {
            source = TokenSpan.Source.MISSING;
            out.mark(MISSING_MARK);
        }
        out.addSpan(new TokenSpan(start, out.length(), sourceStart, sourceEnd, field, source, inserted));
    }
}
