package com.trustproof.risk;

import com.trustproof.model.FieldNames;
import com.trustproof.model.Finding;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * segment.outside: a recipient in none of the campaign's segments. Only when the campaign names
 * segments and the list has a segment column; an empty cell is reported with less confidence.
 */
final class SegmentOutsideRule implements Rule {
    private final RuleSpec spec;

    SegmentOutsideRule(RuleSpec spec) { this.spec = spec; }

    @Override public RuleSpec spec() { return spec; }

    @Override
    public RulePass begin(CampaignContext campaign) {
        Set<String> wanted = new HashSet<>();
        for (String segment : campaign.campaign().segments()) wanted.add(key(segment));
        boolean listHasSegments = campaign.knownFields().isEmpty() || campaign.knows(FieldNames.SEGMENT);
        String names = String.join(", ", campaign.campaign().segments());
        return new RulePass() {
            // a list holds few distinct segment cells, and the finding depends on the cell alone: one per cell
            private final KeptResults<String, Optional<Finding>> byCell = new KeptResults<>();

            @Override
            public void check(MessageContext message, List<Finding> out) {
                if (wanted.isEmpty() || !listHasSegments) return;
                String cell = message.recipient.get(FieldNames.SEGMENT);
                Optional<Finding> finding = cell == null ? null : byCell.get(cell);
                if (finding == null) {
                    finding = Optional.ofNullable(outside(message.recipient.segments()));
                    if (cell != null) byCell.keep(cell, finding);
                }
                finding.ifPresent(out::add);
            }

            /** The finding for a recipient in these segments, or null when one of them is the campaign's. */
            private Finding outside(List<String> segments) {
                for (String segment : segments) {
                    if (wanted.contains(key(segment))) return null;
                }
                String theirs = segments.isEmpty() ? "no segment" : String.join(", ", segments);
                return spec.personaFinding(segments.isEmpty() ? 0.6 : 1.0, "segments", names, "theirs", theirs);
            }
        };
    }

    /** Segments compare ignoring case, spaces, '_' and '-': "Trail Runners" = "trail-runners". */
    static String key(String segment) { return CanonicalNames.of(segment); }
}
