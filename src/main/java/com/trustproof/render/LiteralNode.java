package com.trustproof.render;

/** Template text copied to the output as written. */
record LiteralNode(String text) implements TemplateNode {
    @Override
    public void render(RenderOutput out) { out.append(text); }
}
