package com.trustproof.risk;

import com.trustproof.model.Assumption;
import com.trustproof.model.FieldNames;
import com.trustproof.model.Finding;
import com.trustproof.model.MessageField;
import com.trustproof.render.TokenSpan;

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
        return new Pass(sensitive, template);
    }

    /** The pass is its own phrase and value visitor, reused for every message (no lambdas a message). */
    private final class Pass implements RulePass, PhraseMatcher.Hit, ValueSpans.Visitor {
        private final List<Assumption> sensitive;
        private final List<Finding> template;
        private List<Finding> out;
        private TextView view;

        Pass(List<Assumption> sensitive, List<Finding> template) {
            this.sensitive = sensitive;
            this.template = template;
        }

        @Override
        public List<Finding> templateFindings() { return template; }

        @Override
        public void check(MessageContext message, List<Finding> out) {
            this.out = out;
            for (int a = 0; a < sensitive.size(); a++) {
                out.add(spec.personaFinding(1.0, "trait", sensitive.get(a).attribute()));
            }
            List<TextView> views = message.views();
            for (int v = 0; v < views.size(); v++) {
                view = views.get(v);
                phrases.scan(message, view, this);
            }
            ValueSpans.each(message, false, this);
            this.out = null;
            view = null;
        }

        @Override
        public void found(int phrase, int start, int end) {
            out.add(view.finding(spec, start, end, 1.0, "trait", view.text.substring(start, end)));
        }

        /** Whether a span's field is sensitive, by the field name object (the template's few names). */
        private final IdentityTable<String, Boolean> sensitiveField = new IdentityTable<>();

        @Override
        public void visit(MessageField field, TokenSpan span, String value, String raw) {
            Boolean sensitive = sensitiveField.get(span.field());
            if (sensitive == null) sensitive = sensitiveField.put(span.field(), sensitiveAttributes.contains(span.field()));
            if (sensitive) {
                out.add(spec.finding(field, span.start(), span.end(), raw, "trait", span.field()));
            }
        }
    }
}
