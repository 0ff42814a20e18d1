package com.trustproof.render;

/**
 * IF / ELSEIF / ELSE: the first branch whose condition holds renders, else {@code otherwise}.
 * Adds one character to the path: '1' for the first branch, '2' for the second, ..., '0' for else.
 * [sourceStart, sourceEnd) is the opening IF tag.
 */
record ConditionalNode(Condition[] conditions, TemplateNode[][] branches, TemplateNode[] otherwise,
                       int sourceStart, int sourceEnd) implements TemplateNode {

    @Override
    public void render(RenderOutput out) {
        for (int i = 0; i < conditions.length; i++) {
            if (conditions[i].test(out)) {
                out.mark(branchMark(i));
                out.renderAll(branches[i]);
                return;
            }
        }
        out.mark('0');
        out.renderAll(otherwise);
    }

    /** The branch a path mark stands for: 0 for the first, ..., -1 for else. */
    static int branchOf(char mark) {
        if (mark == '0') return -1;
        return mark < 0x100 ? mark - '1' : mark - 0x100;
    }

    static char branchMark(int branchIndex) {
        // past the ninth branch, leave ASCII so a mark can never look like a token's V/F/M
        return branchIndex < 9 ? (char) ('1' + branchIndex) : (char) (0x100 + branchIndex);
    }
}
