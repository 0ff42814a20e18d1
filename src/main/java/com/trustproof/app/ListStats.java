package com.trustproof.app;

import com.trustproof.model.Finding;
import com.trustproof.model.Recipient;
import com.trustproof.model.Severity;
import com.trustproof.risk.RecipientCheck;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Counts gathered in one pass over the list, for the overview and the rule filter. */
final class ListStats {
    static final String BY_RULE = "rule";
    static final String RISKY_BY_SEGMENT = "risky-segment";

    final Map<String, Long> recipientsByRule = new TreeMap<>();
    final Map<String, Long> riskyBySegment = new TreeMap<>();

    void add(Recipient recipient, RecipientCheck check) {
        if (check.findings().isEmpty()) return;   // most recipients: nothing to count
        Set<String> rules = new HashSet<>();
        for (Finding finding : check.findings()) rules.add(finding.rule());
        for (String rule : rules) recipientsByRule.merge(rule, 1L, Long::sum);
        Severity worst = check.worst();
        if (worst != null && worst.atLeast(Severity.MEDIUM)) {
            var segments = recipient.segments();
            if (segments.isEmpty()) riskyBySegment.merge("(none)", 1L, Long::sum);
            for (String segment : segments) riskyBySegment.merge(segment, 1L, Long::sum);
        }
    }
}
