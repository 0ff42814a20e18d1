package com.trustproof.risk;

import com.trustproof.model.Assumption;
import com.trustproof.model.Finding;
import com.trustproof.model.MessageField;

import java.util.ArrayList;
import java.util.List;

/**
 * segment.too-broad: an assumption (declared, or said in the copy through the assumption lexicon)
 * that holds for under "minShare" of the recipients it is sent to: the campaign lumps people
 * together too globally. A declared assumption is sent to everyone; a phrase only to recipients
 * whose rendering contains it (a conditional branch may hold it back). Recipients the persona says
 * nothing about count as not holding.
 */
final class SegmentTooBroadRule implements Rule {
    private final RuleSpec spec;
    private final Lexicon lexicon;
    private final double minShare;

    /** @param lexiconSpec the rule whose lexicon lists reader-asserting phrases (assumption.mismatch) */
    SegmentTooBroadRule(RuleSpec spec, RuleSpec lexiconSpec, PhraseFamilies families) {
        this.spec = spec;
        this.lexicon = new Lexicon(lexiconSpec == null ? List.of() : lexiconSpec.lexicon, families);
        this.minShare = spec.param("minShare", 0.8);
    }

    @Override public RuleSpec spec() { return spec; }

    /** One assumption being tallied, with where it shows in the template (or field null). */
    private static final class Tally {
        final Assumption declared;
        final Traits.Trait entry;
        final MessageField field;
        final int start, end;
        final String text, description;
        long holds;
        long sentTo;
        final AffectedSet misses = new AffectedSet();

        Tally(Assumption declared, Traits.Trait entry, MessageField field, int start, int end, String text, String description) {
            this.declared = declared;
            this.entry = entry;
            this.field = field;
            this.start = start;
            this.end = end;
            this.text = text;
            this.description = description;
        }
    }

    @Override
    public RulePass begin(CampaignContext campaign) {
        List<Tally> tallies = new ArrayList<>();
        for (Assumption assumption : campaign.campaign().assumes()) {
            tallies.add(locate(campaign, assumption));
        }
        int declaredCount = tallies.size();
        // one tally per lexicon entry the template says, placed where the template says it first;
        // entries a declared assumption already covers (its reason quotes the same words) are skipped
        Tally[] byEntry = new Tally[lexicon.entries.size()];
        boolean[] covered = new boolean[lexicon.entries.size()];
        for (MessageField field : MessageField.values()) {
            String template = campaign.campaign().template(field);
            lexicon.matcher.scan(template, (phrase, start, end) -> {
                int entry = lexicon.entryIndexOf(phrase);
                if (byEntry[entry] != null || covered[entry]) return;
                if (declaredAt(tallies, field, start, end)) { covered[entry] = true; return; }
                byEntry[entry] = new Tally(null, lexicon.traitOf(phrase), field, start, end, template.substring(start, end),
                        "the reader is " + lexicon.entryOf(phrase).trait);
                tallies.add(byEntry[entry]);
            });
        }
        return new Pass(tallies, declaredCount, byEntry);
    }

    private final class Pass implements RulePass {
        private final List<Tally> tallies;
        private final int declaredCount;
        private final Tally[] byEntry;
        private final long[] lastCounted;
        private long recipientIndex;

        Pass(List<Tally> tallies, int declaredCount, Tally[] byEntry) {
            this.tallies = tallies;
            this.declaredCount = declaredCount;
            this.byEntry = byEntry;
            this.lastCounted = new long[byEntry.length];
            java.util.Arrays.fill(lastCounted, -1);
        }

        @Override
        public void check(MessageContext message, List<Finding> out) {
            long index = recipientIndex++;
            for (int t = 0; t < declaredCount; t++) count(tallies.get(t), message.campaign.traits.check(message.recipient, tallies.get(t).declared), message);
            for (TextView view : message.views()) {
                lexicon.family.scan(message, view, (phrase, start, end) -> {
                    int entry = lexicon.entryIndexOf(phrase);
                    Tally tally = byEntry[entry];
                    if (tally == null || lastCounted[entry] == index) return;   // once per recipient
                    lastCounted[entry] = index;
                    count(tally, message.campaign.traits.check(message.recipient, tally.entry), message);
                });
            }
        }

        private void count(Tally tally, Traits.Verdict verdict, MessageContext message) {
            tally.sentTo++;
            if (verdict == Traits.Verdict.HOLDS) tally.holds++;
            else tally.misses.add(message.recipient.id());
        }

        /** Both passes built their tallies from the same campaign, so they line up one to one. */
        @Override
        public void absorb(RulePass other) {
            List<Tally> theirs = ((Pass) other).tallies;
            for (int t = 0; t < tallies.size(); t++) {
                Tally mine = tallies.get(t), their = theirs.get(t);
                mine.sentTo += their.sentTo;
                mine.holds += their.holds;
                mine.misses.absorb(their.misses);
            }
        }

        @Override
        public void finish(List<CampaignFinding> out) {
            for (Tally tally : tallies) {
                long total = tally.sentTo;
                if (total == 0 || (double) tally.holds / total >= minShare) continue;
                Finding finding = spec.finding(tally.field, tally.start, tally.end, tally.text,
                        "assumption", tally.description, "share", CampaignContext.percent(tally.holds, total),
                        "count", String.valueOf(tally.misses.count()),
                        "recipients", CampaignContext.recipients(tally.misses.count()));
                out.add(new CampaignFinding(finding, tally.misses.count(), total, tally.misses.ids()));
            }
        }
    }

    /** True when a declared assumption already sits on this span (its reason quotes it). */
    private static boolean declaredAt(List<Tally> tallies, MessageField field, int start, int end) {
        for (Tally t : tallies) {
            if (t.declared != null && t.field == field && t.start < end && start < t.end) return true;
        }
        return false;
    }

    /** A declared assumption, placed on the template snippet its reason quotes when there is one. */
    private static Tally locate(CampaignContext campaign, Assumption assumption) {
        String snippet = Traits.quotedSnippet(assumption.reason());
        if (snippet != null) {
            PhraseMatcher matcher = PhraseMatcher.compile(List.of(snippet));
            for (MessageField field : MessageField.values()) {
                String template = campaign.campaign().template(field);
                int[] at = {-1, -1};
                matcher.scan(template, (phrase, start, end) -> {
                    if (at[0] < 0) { at[0] = start; at[1] = end; }
                });
                if (at[0] >= 0) {
                    return new Tally(assumption, null, field, at[0], at[1], template.substring(at[0], at[1]),
                            Traits.describe(assumption));
                }
            }
        }
        return new Tally(assumption, null, null, 0, 0, "", Traits.describe(assumption));
    }
}
