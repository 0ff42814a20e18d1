package com.trustproof.risk;

import com.trustproof.model.FieldNames;
import com.trustproof.model.Finding;
import com.trustproof.model.Recipient;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * consent.missing: the persona does not consent to marketing mail. Unsubscribed, cleaned, bounced,
 * complained and pending (double opt-in not confirmed is not consent) are listed as "notConsenting";
 * an objection (GDPR art. 21) is absolute and gets its own wording. A status that is in neither
 * list, or an empty one where the list has a consent column, is reported with lower confidence.
 */
final class ConsentMissingRule implements Rule {
    private final RuleSpec spec;
    private final Set<String> consenting = new HashSet<>();
    private final Set<String> notConsenting = new HashSet<>();
    private final Set<String> objections = new HashSet<>();
    private final double unknownFactor;

    ConsentMissingRule(RuleSpec spec) {
        this.spec = spec;
        for (String s : spec.list("consenting")) consenting.add(key(s));
        for (String s : spec.list("notConsenting")) notConsenting.add(key(s));
        for (String s : spec.list("objections")) objections.add(key(s));
        this.unknownFactor = spec.param("unknownConfidence", 0.5);
    }

    @Override public RuleSpec spec() { return spec; }

    @Override
    public RulePass begin(CampaignContext campaign) {
        boolean listHasConsent = campaign.knows(FieldNames.CONSENT);
        return new RulePass() {
            // a list holds a handful of status spellings, and the finding depends on the status alone: one per status
            private final KeptResults<String, Optional<Finding>> byStatus = new KeptResults<>();

            @Override
            public void check(MessageContext message, List<Finding> out) {
                String status = message.recipient.consent();
                Optional<Finding> finding = byStatus.get(status);
                if (finding == null) finding = byStatus.keep(status, Optional.ofNullable(judge(status, listHasConsent)));
                finding.ifPresent(out::add);
            }
        };
    }

    /** The finding for a consent status, or null when it is consent. */
    private Finding judge(String status, boolean listHasConsent) {
        if (Recipient.isMissing(status)) {
            return listHasConsent ? spec.personaFinding(unknownFactor, "status", "(empty)", "why", "no consent status on file") : null;
        }
        String key = key(status);
        if (consenting.contains(key)) return null;
        if (objections.contains(key)) {
            return spec.personaFinding(1.0, "status", status.strip(),
                    "why", "they objected to direct marketing, which is absolute (GDPR art. 21)");
        }
        if (notConsenting.contains(key)) {
            return spec.personaFinding(1.0, "status", status.strip(), "why", "this is not consent to marketing mail");
        }
        return spec.personaFinding(unknownFactor, "status", status.strip(), "why", "an unrecognised status");
    }

    /** "Opted-Out" = "opted out" = "optedout". */
    static String key(String status) { return CanonicalNames.of(status); }
}
