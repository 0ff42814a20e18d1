package com.trustproof.risk;

import com.trustproof.model.Assumption;
import com.trustproof.model.FieldNames;
import com.trustproof.model.Finding;
import com.trustproof.model.MessageField;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * assumption.sensitive: the message names or assumes a closely held trait (GDPR art. 9: religion,
 * politics, health, sexuality, ethnicity, pregnancy, union membership), whatever the persona says:
 * being right about it is as unsettling as being wrong. Sources: phrases in the copy, declared
 * assumptions on a sensitive attribute, and values substituted from a sensitive column.
 */
final class AssumptionSensitiveRule implements Rule {
    private final RuleSpec spec;
    private final PhraseFamilies.PhraseFamily phrases;
    private final Set<String> sensitiveAttributes = new HashSet<>();

    AssumptionSensitiveRule(RuleSpec spec, PhraseFamilies families) {
        this.spec = spec;
        this.phrases = families.register(spec.list("phrases"));
        for (String attribute : spec.list("attributes")) sensitiveAttributes.add(FieldNames.canonical(attribute));
    }

    @Override public RuleSpec spec() { return spec; }

    @Override
    public RulePass begin(CampaignContext campaign) {
        List<Assumption> sensitive = new ArrayList<>();
        for (Assumption assumption : campaign.campaign().assumes()) {
            if (sensitiveAttributes.contains(FieldNames.canonical(assumption.attribute()))) sensitive.add(assumption);
        }
        List<Finding> template = new ArrayList<>();
        for (Assumption assumption : sensitive) {
            template.add(spec.personaFinding(1.0, "trait", assumption.attribute()));
        }
        for (MessageField field : MessageField.values()) {
            String text = campaign.campaign().template(field);
            phrases.scan(text, (phrase, start, end) ->
                    template.add(spec.finding(field, start, end, text.substring(start, end), "trait", text.substring(start, end))));
        }
        return new RulePass() {
            @Override
            public List<Finding> templateFindings() { return template; }

            @Override
            public void check(MessageContext message, List<Finding> out) {
                for (Assumption assumption : sensitive) {
                    out.add(spec.personaFinding(1.0, "trait", assumption.attribute()));
                }
                for (TextView view : message.views()) {
                    phrases.scan(message, view, (phrase, start, end) ->
                            out.add(view.finding(spec, start, end, 1.0, "trait", view.text.substring(start, end))));
                }
                ValueSpans.each(message, false, (field, span, value, raw) -> {
                    if (sensitiveAttributes.contains(span.field())) {
                        out.add(spec.finding(field, span.start(), span.end(), raw, "trait", span.field()));
                    }
                });
            }
        };
    }
}
