package com.trustproof.render;

import java.util.List;

/** One field (subject, preheader or body) parsed into nodes, ready to render for anyone. */
final class FieldTemplate {
    final TemplateNode[] nodes;
    private final boolean html;
    /** The one rendering of a field without tokens or conditionals, shared by every recipient. */
    private final RenderedText constant;
    final List<TemplateProblem> problems;
    final List<TokenInfo> tokens;

    FieldTemplate(TemplateNode[] nodes, boolean constant, boolean html,
                  List<TemplateProblem> problems, List<TokenInfo> tokens) {
        this.nodes = nodes;
        this.html = html;
        this.problems = List.copyOf(problems);
        this.tokens = List.copyOf(tokens);
        this.constant = constant ? new RenderedText(literalText(nodes), List.of()) : null;
    }

    RenderedText render(RenderOutput out) {
        if (constant != null) return constant;
        out.startField(html);
        out.renderAll(nodes);
        return out.finishField();
    }

    private static String literalText(TemplateNode[] nodes) {
        StringBuilder text = new StringBuilder();
        for (TemplateNode node : nodes) text.append(((LiteralNode) node).text());
        return text.toString();
    }
}
