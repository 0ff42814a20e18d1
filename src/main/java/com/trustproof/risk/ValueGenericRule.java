package com.trustproof.risk;

import com.trustproof.model.Finding;
import com.trustproof.model.Recipient;
import com.trustproof.render.TokenSpan;

import java.util.List;

/**
 * value.generic: "Dear Customer" or "Hi friend" written into the copy although this recipient's
 * first name is known. A fallback greeting for someone without a name is fine and not reported.
 */
final class ValueGenericRule extends MessageRule {
    private final PhraseFamilies.PhraseFamily greetings;

    ValueGenericRule(RuleSpec spec, PhraseFamilies families) {
        super(spec);
        this.greetings = families.register(spec.list("phrases"));
    }

    @Override
    void check(MessageContext message, List<Finding> out) {
        String firstName = message.recipient.firstName();
        if (Recipient.isMissing(firstName)) return;
        for (TextView view : message.views()) {
            greetings.scan(message, view, (phrase, start, end) -> {
                if (!view.overlapsSpan(start, end, TokenSpan.Source.FALLBACK)) {
                    out.add(view.finding(spec, start, end, 1.0, "name", firstName.strip()));
                }
            });
        }
    }
}
