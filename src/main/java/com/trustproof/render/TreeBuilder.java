package com.trustproof.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Assembles the node tree while the parser scans: merges adjacent text into one literal and
 * keeps a stack of open conditionals. Openers and closers only pair within one dialect
 * ({@code *|IF|*} is closed by {@code *|END:IF|*}, not by {@code {% endif %}}).
 */
final class TreeBuilder {

    /** An open conditional: where it was opened and what has been collected so far. */
    static final class OpenBlock {
        final String dialect;
        final int start, end;
        final List<Condition> conditions = new ArrayList<>();
        final List<List<TemplateNode>> branches = new ArrayList<>();
        /** [start, end) of each ELSE IF and ELSE tag, in order. */
        final List<int[]> separators = new ArrayList<>();
        List<TemplateNode> otherwise;
        List<TemplateNode> current;

        OpenBlock(String dialect, int start, int end) {
            this.dialect = dialect;
            this.start = start;
            this.end = end;
        }
    }

    private final String source;
    private final List<TemplateNode> root = new ArrayList<>();
    private final Deque<OpenBlock> open = new ArrayDeque<>();
    private final StringBuilder pendingText = new StringBuilder();
    private int dynamicNodes;

    TreeBuilder(String source) {
        this.source = source;
    }

    void text(int from, int to) {
        if (to > from) pendingText.append(source, from, to);
    }

    void node(TemplateNode node) {
        flushText();
        target().add(node);
        dynamicNodes++;
    }

    void open(String dialect, Condition condition, int start, int end) {
        flushText();
        OpenBlock block = new OpenBlock(dialect, start, end);
        addBranch(block, condition);
        open.push(block);
    }

    /** False when there is no open block of this dialect to continue (caller reports it). */
    boolean elseIf(String dialect, Condition condition, int start, int end) {
        OpenBlock block = innermost(dialect);
        if (block == null || block.otherwise != null) return false;
        flushText();
        block.separators.add(new int[] {start, end});
        addBranch(block, condition);
        return true;
    }

    boolean otherwise(String dialect, int start, int end) {
        OpenBlock block = innermost(dialect);
        if (block == null || block.otherwise != null) return false;
        flushText();
        block.separators.add(new int[] {start, end});
        block.otherwise = new ArrayList<>();
        block.current = block.otherwise;
        return true;
    }

    boolean end(String dialect) {
        if (innermost(dialect) == null) return false;
        flushText();
        close(open.pop());
        return true;
    }

    /** Ends the template; returns the conditionals never closed, for reporting. */
    List<OpenBlock> finish() {
        flushText();
        List<OpenBlock> unclosed = new ArrayList<>();
        while (!open.isEmpty()) {
            OpenBlock block = open.pop();
            unclosed.add(block);
            flatten(block);
        }
        return unclosed;
    }

    /**
     * A conditional never closed renders as written: its IF/ELSE tags as left-over syntax and
     * every branch's content in order, so the reviewer sees the broken template, not a guess.
     */
    private void flatten(OpenBlock block) {
        List<TemplateNode> into = target();
        List<String> fields = block.conditions.get(0).fields();
        into.add(leftover(block.start, block.end, fields.isEmpty() ? "" : fields.get(0)));
        List<List<TemplateNode>> parts = new ArrayList<>(block.branches);
        if (block.otherwise != null) parts.add(block.otherwise);
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) into.add(leftover(block.separators.get(i - 1)[0], block.separators.get(i - 1)[1], ""));
            into.addAll(parts.get(i));
        }
    }

    private LeftoverNode leftover(int start, int end, String field) {
        dynamicNodes++;
        return new LeftoverNode(source.substring(start, end), field, start, end);
    }

    TemplateNode[] nodes() { return root.toArray(TemplateNode[]::new); }

    /** How many conditionals are open around the current position. */
    int depth() { return open.size(); }

    /** True when every node is literal text, so the rendering is the same for everyone. */
    boolean isConstant() { return dynamicNodes == 0; }

    private OpenBlock innermost(String dialect) {
        OpenBlock block = open.peek();
        return block != null && block.dialect.equals(dialect) ? block : null;
    }

    private static void addBranch(OpenBlock block, Condition condition) {
        block.conditions.add(condition);
        block.current = new ArrayList<>();
        block.branches.add(block.current);
    }

    private void close(OpenBlock block) {
        TemplateNode[][] branches = block.branches.stream()
                .map(nodes -> nodes.toArray(TemplateNode[]::new)).toArray(TemplateNode[][]::new);
        TemplateNode[] otherwise = block.otherwise == null ? new TemplateNode[0]
                : block.otherwise.toArray(TemplateNode[]::new);
        open.remove(block);
        target().add(new ConditionalNode(block.conditions.toArray(Condition[]::new), branches, otherwise, block.start, block.end));
        dynamicNodes++;
    }

    private List<TemplateNode> target() {
        OpenBlock block = open.peek();
        return block == null ? root : block.current;
    }

    private void flushText() {
        if (pendingText.isEmpty()) return;
        target().add(new LiteralNode(pendingText.toString()));
        pendingText.setLength(0);
    }
}
