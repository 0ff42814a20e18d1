package com.trustproof.risk;

import com.trustproof.model.Finding;

import java.util.List;

/**
 * A rule that reports each phrase of its "phrases" list found in what the reader sees. The list is
 * compiled once, when the rule is built. Subclasses only name the rule family.
 */
abstract class PhraseListRule extends MessageRule {
    private final PhraseFamilies.PhraseFamily phrases;

    PhraseListRule(RuleSpec spec, PhraseFamilies families) {
        super(spec);
        this.phrases = families.register(spec.list("phrases"));
    }

    @Override
    public RulePass begin(CampaignContext campaign) { return new Pass(); }

    @Override
    void check(MessageContext message, List<Finding> out) { new Pass().check(message, out); }

    /** One view's hits to findings; one per pass, reused for every view of every message (no lambda a view). */
    private final class Pass implements RulePass, PhraseMatcher.Hit {
        private TextView view;
        private List<Finding> out;
        private int lastEnd;

        @Override
        public void check(MessageContext message, List<Finding> out) {
            this.out = out;
            List<TextView> views = message.views();
            for (int v = 0; v < views.size(); v++) {
                view = views.get(v);
                lastEnd = -1;
                phrases.scan(message, view, this);
            }
            this.out = null;
            view = null;
        }

        @Override
        public void found(int phrase, int start, int end) {
            // overlapping phrases ("we noticed you" + "you were looking at") are one finding
            if (start < lastEnd) return;
            lastEnd = end;
            out.add(view.finding(spec, start, end, 1.0));
        }
    }
}
