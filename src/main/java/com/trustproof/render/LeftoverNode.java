package com.trustproof.render;

/**
 * Broken token syntax, copied to the output as written so that the reviewer (and the
 * token.unresolved rule) sees exactly what the recipient would see. Carries a MISSING span.
 */
record LeftoverNode(String text, String field, int sourceStart, int sourceEnd) implements TemplateNode {
    @Override
    public void render(RenderOutput out) {
        int start = out.length();
        out.append(text);
        out.addSpan(new TokenSpan(start, out.length(), sourceStart, sourceEnd, field, TokenSpan.Source.MISSING));
    }
}
