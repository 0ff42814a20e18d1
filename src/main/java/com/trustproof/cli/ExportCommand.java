package com.trustproof.cli;

import com.trustproof.app.ReviewSession;
import com.trustproof.export.ColumnStyle;
import com.trustproof.export.ExportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the approved sends as CSV for the mailing tool (the file appears whole or not at all).",
        footer = {"", "Examples:", "  trustproof export --db spring.trustproof --out approved.csv",
                "  trustproof export --db spring.trustproof --out approved.csv --columns mailchimp --bom",
                "  trustproof export --db spring.trustproof --out approved.csv --report review.html"})
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--db", required = true, paramLabel = "REVIEW.trustproof", description = "review file")
    Path db;

    @Option(names = "--out", required = true, paramLabel = "APPROVED.csv", description = "CSV file to write")
    Path out;

    @Option(names = "--status", defaultValue = "approved", paramLabel = "approved",
            description = "which sends to export; only approved sends can be exported (default: ${DEFAULT-VALUE})")
    String status;

    @Option(names = "--columns", defaultValue = "standard", paramLabel = "standard|mailchimp",
            description = "column names: standard (email, first_name, ...) or mailchimp (Email Address, First Name, ...)")
    String columns;

    @Option(names = "--bom", description = "start the file with a UTF-8 byte order mark (for Excel)")
    boolean bom;

    @Option(names = "--report", paramLabel = "REPORT.html", description = "also write a review report (self-contained HTML)")
    Path report;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!status.equalsIgnoreCase("approved")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--status " + status + ": only approved sends can be exported");
        }
        ColumnStyle style = switch (columns.toLowerCase(java.util.Locale.ROOT)) {
            case "standard" -> ColumnStyle.STANDARD;
            case "mailchimp" -> ColumnStyle.MAILCHIMP;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--columns must be standard or mailchimp");
        };
        ProgressLine progress = new ProgressLine(spec.commandLine().getErr(), "rows");
        try (ReviewSession session = ReviewSession.open(db)) {
            long rows = session.exportApproved(out, new ExportOptions(bom, style), progress);
            progress.done();
            spec.commandLine().getOut().printf("Exported %,d approved sends to %s.%n", rows, out);
            if (report != null) {
                TrustproofCli.completeChecks(session, spec.commandLine().getOut(), spec.commandLine().getErr()); // the report counts findings
                session.exportReport(report);
                spec.commandLine().getOut().printf("Wrote the review report to %s.%n", report);
            }
        }
        return TrustproofCli.OK;
    }
}
