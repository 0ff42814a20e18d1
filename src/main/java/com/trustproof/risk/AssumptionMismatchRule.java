package com.trustproof.risk;

import com.trustproof.model.Assumption;
import com.trustproof.model.FieldNames;
import com.trustproof.model.Finding;
import com.trustproof.model.Recipient;

import java.util.ArrayList;
import java.util.List;

/**
 * assumption.mismatch: the message takes a trait for granted that this recipient's persona
 * contradicts (full confidence) or does not record at all (lower confidence, "unknownConfidence").
 * Traits come from the campaign's declared {@code assumes} and from the copy itself, through the
 * lexicon of reader-asserting phrases ("as a fellow runner" → interests contains running).
 */
final class AssumptionMismatchRule implements Rule {
    private final RuleSpec spec;
    private final Lexicon lexicon;
    private final double unknownFactor;

    AssumptionMismatchRule(RuleSpec spec, PhraseFamilies families) {
        this.spec = spec;
        this.lexicon = new Lexicon(spec.lexicon, families);
        this.unknownFactor = spec.param("unknownConfidence", 0.5);
    }

    @Override public RuleSpec spec() { return spec; }

    @Override
    public RulePass begin(CampaignContext campaign) {
        List<Assumption> declared = campaign.campaign().assumes();
        // where each declared assumption shows in the copy: the snippet its reason quotes
        List<PhraseMatcher> snippets = new ArrayList<>();
        for (Assumption assumption : declared) {
            String snippet = Traits.quotedSnippet(assumption.reason());
            snippets.add(PhraseMatcher.compile(snippet == null ? List.of() : List.of(snippet)));
        }
        List<String> traits = new ArrayList<>();
        for (Assumption assumption : declared) traits.add("the reader's " + Traits.describe(assumption));
        List<String> cellNames = declared.stream().map(a -> CanonicalNames.of(a.attribute())).toList();
        return new RulePass() {
            // the evidence quotes the one cell the verdict reads: a list repeats those cells, so quote each once
            private final List<KeptResults<String, String>> evidenceByCell =
                    declared.stream().map(a -> new KeptResults<String, String>()).toList();

            @Override
            public void check(MessageContext message, List<Finding> out) {
                Recipient recipient = message.recipient;
                for (int a = 0; a < declared.size(); a++) {
                    Assumption assumption = declared.get(a);
                    Traits.Verdict verdict = message.campaign.traits.check(recipient, assumption);
                    if (verdict == Traits.Verdict.HOLDS) continue;
                    String trait = traits.get(a);
                    String cell = recipient.get(cellNames.get(a));
                    String evidence = evidenceByCell.get(a).get(cell);
                    if (evidence == null) {
                        evidence = evidenceByCell.get(a).keep(cell, evidence(recipient, List.of(assumption.attribute()), verdict));
                    }
                    double factor = verdict == Traits.Verdict.UNKNOWN ? unknownFactor : 1.0;
                    if (!reportAtSnippet(message, snippets.get(a), trait, evidence, factor, out)) {
                        out.add(spec.personaFinding(factor, "trait", trait, "evidence", evidence));
                    }
                }
                for (TextView view : message.views()) {
                    lexicon.family.scan(message, view, (phrase, start, end) -> {
                        LexiconEntry entry = lexicon.entryOf(phrase);
                        Traits.Verdict verdict = message.campaign.traits.check(recipient, lexicon.traitOf(phrase));
                        if (verdict == Traits.Verdict.HOLDS) return;
                        // where the finding would sit: a declared assumption's snippet there already said it
                        int from = view.toSourceStart(start), to = Math.max(from, view.toSourceEnd(end));
                        if (alreadyReported(out, view.field, from, to)) return;
                        out.add(view.finding(spec, start, end, verdict == Traits.Verdict.UNKNOWN ? unknownFactor : 1.0,
                                "trait", "the reader is " + entry.trait, "evidence", evidence(recipient, entry.attributes, verdict)));
                    });
                }
            }
        };
    }

    private boolean reportAtSnippet(MessageContext message, PhraseMatcher snippet, String trait, String evidence,
                                    double factor, List<Finding> out) {
        if (snippet.isEmpty()) return false;
        boolean[] found = {false};
        for (TextView view : message.views()) {
            message.scanLongest(snippet, view, (phrase, start, end) -> {
                if (found[0]) return;
                found[0] = true;
                out.add(view.finding(spec, start, end, factor, "trait", trait, "evidence", evidence));
            });
            if (found[0]) return true;
        }
        return false;
    }

    /** True when this rule already reported a span of {@code field} that overlaps [start, end). */
    private boolean alreadyReported(List<Finding> out, com.trustproof.model.MessageField field, int start, int end) {
        for (Finding f : out) {
            if (f.rule().equals(spec.id) && f.field() == field && f.start() < end && start < f.end()) return true;
        }
        return false;
    }

    /** "their interests: hiking; cycling" or "nothing on file about interests". */
    static String evidence(Recipient recipient, List<String> attributes, Traits.Verdict verdict) {
        if (verdict == Traits.Verdict.UNKNOWN) {
            return "nothing on file says so (no " + attributes.get(0) + ")";
        }
        for (String attribute : attributes) {
            List<String> values = recipient.values(CanonicalNames.of(attribute));
            if (!values.isEmpty()) return "their " + attribute + ": " + String.join("; ", values);
        }
        return "";
    }
}
