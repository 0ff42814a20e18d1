package com.trustproof.render;

import com.trustproof.model.MessageField;

import java.util.List;

/**
 * Replays a path signature over a field's node tree: the marks were written in rendering order,
 * so walking the same nodes in the same order, following the branches the marks name, pairs
 * every mark with its tag. Stops quietly at a path that does not fit the template.
 */
final class PathExplainer {
    private final MessageField field;
    private final String template;
    private final String path;
    private final List<PathStep> steps;
    private int at;

    private PathExplainer(MessageField field, String template, String path, int from, List<PathStep> steps) {
        this.field = field;
        this.template = template;
        this.path = path;
        this.at = from;
        this.steps = steps;
    }

    /** Explains the marks from {@code from}; returns the index after the last mark used. */
    static int explain(MessageField field, String template, TemplateNode[] nodes, String path, int from, List<PathStep> steps) {
        PathExplainer explainer = new PathExplainer(field, template, path, from, steps);
        explainer.walk(nodes);
        return explainer.at;
    }

    private boolean walk(TemplateNode[] nodes) {
        for (TemplateNode node : nodes) {
            if (node instanceof TokenNode token) {
                TokenSpan.Source source = nextMark() == null ? null : switch (path.charAt(at - 1)) {
                    case TokenNode.VALUE_MARK -> TokenSpan.Source.VALUE;
                    case TokenNode.FALLBACK_MARK -> TokenSpan.Source.FALLBACK;
                    case TokenNode.MISSING_MARK -> TokenSpan.Source.MISSING;
                    default -> null;
                };
                if (source == null) return false;
                steps.add(step(token.sourceStart(), token.sourceEnd(), -1, source));
            } else if (node instanceof ConditionalNode conditional) {
                Character mark = nextMark();
                if (mark == null) return false;
                int branch = ConditionalNode.branchOf(mark);
                if (branch >= conditional.branches().length) return false;
                steps.add(step(conditional.sourceStart(), conditional.sourceEnd(), branch, null));
                if (!walk(branch < 0 ? conditional.otherwise() : conditional.branches()[branch])) return false;
            }
        }
        return true;
    }

    private Character nextMark() {
        if (at >= path.length() || path.charAt(at) == CompiledCampaign.PATH_FIELD_SEPARATOR) return null;
        return path.charAt(at++);
    }

    private PathStep step(int start, int end, int branch, TokenSpan.Source source) {
        return new PathStep(field, start, end, template.substring(start, end), branch, source);
    }
}
