package com.trustproof.render;

/** One piece of a parsed template. Parsed once per campaign, rendered once per recipient. */
sealed interface TemplateNode permits LiteralNode, TokenNode, ConditionalNode, LeftoverNode {
    void render(RenderOutput out);
}
