package com.trustproof.render;

import com.trustproof.model.Recipient;

import java.util.List;

/** One field (subject, preheader or body) parsed into nodes, ready to render for anyone. */
final class FieldTemplate {
    private final TemplateNode[] nodes;
    private final boolean html;
    private final int textCapacity;
    private final int spanCapacity;
    /** The one rendering of a field without tokens or conditionals, shared by every recipient. */
    private final RenderedText constant;
    final List<TemplateProblem> problems;
    final List<TokenInfo> tokens;

    FieldTemplate(TemplateNode[] nodes, boolean constant, boolean html, int templateLength,
                  List<TemplateProblem> problems, List<TokenInfo> tokens) {
        this.nodes = nodes;
        this.html = html;
        this.problems = List.copyOf(problems);
        this.tokens = List.copyOf(tokens);
        this.spanCapacity = Math.max(tokens.size() + problems.size(), 1);
        // room for typical values so the builder rarely grows
        this.textCapacity = templateLength + 16 * spanCapacity + 16;
        this.constant = constant ? new RenderedText(literalText(nodes), List.of()) : null;
    }

    RenderedText render(Recipient recipient, StringBuilder path) {
        if (constant != null) return constant;
        RenderOutput out = new RenderOutput(recipient, html, textCapacity, spanCapacity, path);
        out.renderAll(nodes);
        return new RenderedText(out.text.toString(), out.spans);
    }

    private static String literalText(TemplateNode[] nodes) {
        StringBuilder text = new StringBuilder();
        for (TemplateNode node : nodes) text.append(((LiteralNode) node).text());
        return text.toString();
    }
}
