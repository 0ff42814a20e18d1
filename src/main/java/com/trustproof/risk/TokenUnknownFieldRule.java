package com.trustproof.risk;

import com.trustproof.model.Finding;
import com.trustproof.render.TokenInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * token.unknown-field: a token reading a column the list does not have ({{frist_name}}). Template
 * level; every recipient is affected. Suggests the nearest known column as the likely intent.
 */
final class TokenUnknownFieldRule implements Rule {
    private final RuleSpec spec;
    private final ToolFields toolFields;

    TokenUnknownFieldRule(RuleSpec spec) {
        this.spec = spec;
        this.toolFields = new ToolFields(spec.list("toolFields"));
    }

    @Override public RuleSpec spec() { return spec; }

    @Override
    public RulePass begin(CampaignContext campaign) {
        return new TemplateOnlyPass(() -> templateFindings(campaign), campaign);
    }

    private List<Finding> templateFindings(CampaignContext campaign) {
        List<Finding> findings = new ArrayList<>();
        if (!campaign.knownFields().isEmpty()) {
            for (TokenInfo token : campaign.tokens()) {
                String field = token.fieldName();
                if (field == null || field.isEmpty() || campaign.knownFields().contains(field) || toolFields.contains(field)) continue;
                String nearest = nearest(field, campaign.knownFields());
                findings.add(spec.finding(token.field(), token.start(), token.end(), token.source(),
                        "token", token.source(), "field", field,
                        "nearest", nearest == null ? "" : nearest,
                        "hint", nearest == null ? "" : " Did you mean " + nearest + "?"));
            }
        }
        return findings;
    }

    /** The known column within edit distance 2, if any. */
    static String nearest(String field, Set<String> known) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : known) {
            int d = distance(field.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance || (d == bestDistance && best != null && candidate.compareTo(best) < 0)) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best;
    }

    /** Optimal string alignment distance (counts a swap of neighbours as one edit: frist → first). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
