package com.trustproof.risk;

import com.trustproof.model.FieldNames;
import com.trustproof.model.Finding;
import com.trustproof.model.Recipient;

import java.util.HashSet;
import java.util.List;
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
            @Override
            public void check(MessageContext message, List<Finding> out) {
                String status = message.recipient.consent();
                if (Recipient.isMissing(status)) {
                    if (listHasConsent) out.add(spec.personaFinding(unknownFactor, "status", "(empty)",
                            "why", "no consent status on file"));
                    return;
                }
                String key = key(status);
                if (consenting.contains(key)) return;
                if (objections.contains(key)) {
                    out.add(spec.personaFinding(1.0, "status", status.strip(),
                            "why", "they objected to direct marketing, which is absolute (GDPR art. 21)"));
                } else if (notConsenting.contains(key)) {
                    out.add(spec.personaFinding(1.0, "status", status.strip(), "why", "this is not consent to marketing mail"));
                } else {
                    out.add(spec.personaFinding(unknownFactor, "status", status.strip(), "why", "an unrecognised status"));
                }
            }
        };
    }

    /** "Opted-Out" = "opted out" = "optedout". */
    static String key(String status) { return CanonicalNames.of(status); }
}
