package com.trustproof.cli;

import com.trustproof.model.Finding;
import com.trustproof.model.Recipient;
import com.trustproof.model.Severity;
import com.trustproof.risk.CampaignFinding;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Findings grouped by rule, worst first, with counts and a few examples each; colours on a terminal. */
final class TextPrinter implements CheckCommand.FindingPrinter {
    private static final int EXAMPLES = 3;
    private final PrintWriter out;
    private final boolean colour;
    private final Map<String, RuleTally> tallies = new LinkedHashMap<>();
    private final List<CampaignFinding> campaignFindings = new ArrayList<>();
    private long affectedRecipients;
    private final long[] recipientsByWorst = new long[Severity.values().length];
    private Severity worst;

    TextPrinter(PrintWriter out, boolean colour) {
        this.out = out;
        this.colour = colour;
    }

    private static final class RuleTally {
        final String rule;
        final Severity severity;
        long findings;
        long recipients;
        long lastRecipient = -1;
        final List<String> examples = new ArrayList<>();

        RuleTally(String rule, Severity severity) {
            this.rule = rule;
            this.severity = severity;
        }
    }

    @Override
    public void recipient(Recipient recipient, List<Finding> findings) {
        if (!findings.isEmpty()) affectedRecipients++;
        Severity recipientWorst = null;
        for (Finding finding : findings) {
            if (recipientWorst == null || finding.severity().atLeast(recipientWorst)) recipientWorst = finding.severity();
            note(finding.severity());
            RuleTally tally = tallies.computeIfAbsent(finding.rule(), rule -> new RuleTally(rule, finding.severity()));
            tally.findings++;
            // each recipient arrives once, so counting id changes counts recipients without a set
            if (tally.lastRecipient != recipient.id()) {
                tally.lastRecipient = recipient.id();
                tally.recipients++;
            }
            if (tally.examples.size() < EXAMPLES) {
                String where = finding.field() == null ? "" : finding.field().id() + " \"" + shorten(finding.text()) + "\": ";
                tally.examples.add(recipient.email() + "  " + where + finding.message());
            }
        }
        if (recipientWorst != null) recipientsByWorst[recipientWorst.ordinal()]++;
    }

    @Override
    public void campaign(List<CampaignFinding> findings) {
        campaignFindings.addAll(findings);
        for (CampaignFinding finding : findings) note(finding.finding().severity());
    }

    private void note(Severity severity) {
        if (worst == null || severity.atLeast(worst)) worst = severity;
    }

    @Override
    public void finish(long recipients) {
        if (!campaignFindings.isEmpty()) {
            out.println(bold("Campaign"));
            for (CampaignFinding finding : campaignFindings) {
                Finding f = finding.finding();
                out.printf("  %s %-22s %s%n", label(f.severity()), f.rule(), f.message());
            }
            out.println();
        }
        List<RuleTally> ordered = new ArrayList<>(tallies.values());
        ordered.sort(Comparator.comparing((RuleTally t) -> t.severity).thenComparing(t -> -t.recipients));
        for (RuleTally tally : ordered) {
            out.printf("%s %s  %,d recipients (%.1f%%)%n", label(tally.severity), bold(tally.rule), tally.recipients,
                    recipients == 0 ? 0.0 : 100.0 * tally.recipients / recipients);
            for (String example : tally.examples) out.println("    " + example);
            if (tally.findings > tally.examples.size()) out.printf("    … and %,d more%n", tally.findings - tally.examples.size());
        }
        out.printf("%s%,d recipients checked: %,d clean, %,d at worst high, %,d medium, %,d low; %,d campaign-wide finding%s.%n",
                ordered.isEmpty() ? "" : "\n", recipients, recipients - affectedRecipients,
                recipientsByWorst[Severity.HIGH.ordinal()], recipientsByWorst[Severity.MEDIUM.ordinal()],
                recipientsByWorst[Severity.LOW.ordinal()], campaignFindings.size(), campaignFindings.size() == 1 ? "" : "s");
        out.flush();
    }

    private String label(Severity severity) {
        String text = String.format("%-6s", severity.id().toUpperCase());
        if (!colour) return text;
        String code = switch (severity) {
            case HIGH -> "31";
            case MEDIUM -> "33";
            case LOW -> "36";
        };
        return "\u001b[" + code + "m" + text + "\u001b[0m";
    }

    private String bold(String text) { return colour ? "\u001b[1m" + text + "\u001b[0m" : text; }

    private static String shorten(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() > 40 ? oneLine.substring(0, 39) + "…" : oneLine;
    }

    @Override
    public Severity worst() { return worst; }
}
