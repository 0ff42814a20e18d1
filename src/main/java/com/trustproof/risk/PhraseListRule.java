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
    void check(MessageContext message, List<Finding> out) {
        for (TextView view : message.views()) {
            // overlapping phrases ("we noticed you" + "you were looking at") are one finding
            int[] lastEnd = {-1};
            phrases.scan(message, view, (phrase, start, end) -> {
                if (start < lastEnd[0]) return;
                lastEnd[0] = end;
                out.add(view.finding(spec, start, end, 1.0));
            });
        }
    }
}
