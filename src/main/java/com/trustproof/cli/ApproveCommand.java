package com.trustproof.cli;

import com.trustproof.app.ReviewSession;
import com.trustproof.model.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "approve", mixinStandardHelpOptions = true,
        description = "Approve, in one step, every pending recipient with consent and no finding above --max-severity.",
        footer = {"", "Examples:", "  trustproof approve --db spring.trustproof --clean",
                "  trustproof approve --db spring.trustproof --clean --max-severity low"})
final class ApproveCommand implements Callable<Integer> {
    @Option(names = "--db", required = true, paramLabel = "REVIEW.trustproof", description = "review file")
    Path db;

    @Option(names = "--clean", required = true, description = "approve recipients whose message is clean")
    boolean clean;

    @Option(names = "--max-severity", paramLabel = "low|medium", description = "also approve findings up to this severity (default: none)")
    String maxSeverity;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Severity max = maxSeverity == null || maxSeverity.equalsIgnoreCase("none") ? null : parse(maxSeverity);
        try (ReviewSession session = ReviewSession.open(db)) {
            TrustproofCli.completeChecks(session, spec.commandLine().getOut(), spec.commandLine().getErr());
            long approved = session.approveClean(max);
            var counts = session.counts();
            spec.commandLine().getOut().printf("Approved %,d recipients (%s). Now %,d approved, %,d rejected, %,d pending.%n",
                    approved, max == null ? "no findings" : "nothing above " + max.id(), counts.approved(), counts.rejected(), counts.pending());
        }
        return TrustproofCli.OK;
    }

    private Severity parse(String text) {
        try {
            Severity severity = Severity.parse(text);
            if (severity == Severity.HIGH) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--max-severity high would approve risky sends; use low or medium");
            }
            return severity;
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--max-severity must be low or medium, not '" + text + "'");
        }
    }
}
