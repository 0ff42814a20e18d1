package com.trustproof.export;

import com.trustproof.model.Campaign;
import com.trustproof.model.Finding;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the review report shows, in plain types.
 *
 * @param title             report heading, e.g. "Review report: Spring trail launch"
 * @param campaign          the campaign as reviewed (templates are shown as source, escaped)
 * @param decisions         decision totals
 * @param findingsByRule    recipients (or findings) per rule id
 * @param findingsBySegment recipients with findings per segment
 * @param campaignFindings  campaign-wide findings on the template
 * @param rejected          rejected recipients; iterated once, while writing, so it may stream
 * @param generatedAt       when the report was made (shown in UTC)
 */
public record ReportData(String title, Campaign campaign, DecisionCounts decisions,
                         Map<String, Long> findingsByRule, Map<String, Long> findingsBySegment,
                         List<Finding> campaignFindings, Iterable<RejectedSend> rejected,
                         Instant generatedAt) {
    public ReportData {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(decisions, "decisions");
        title = title == null || title.isBlank() ? "Review report" : title;
        findingsByRule = findingsByRule == null ? Map.of() : Map.copyOf(findingsByRule);
        findingsBySegment = findingsBySegment == null ? Map.of() : Map.copyOf(findingsBySegment);
        campaignFindings = campaignFindings == null ? List.of() : List.copyOf(campaignFindings);
        rejected = rejected == null ? List.of() : rejected;
        generatedAt = generatedAt == null ? Instant.now() : generatedAt;
    }
}
