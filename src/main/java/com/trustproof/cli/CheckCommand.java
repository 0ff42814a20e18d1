package com.trustproof.cli;

import com.trustproof.app.FindingSink;
import com.trustproof.app.ListCheck;
import com.trustproof.app.ReviewSession;
import com.trustproof.model.Severity;
import com.trustproof.risk.RiskEngine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check every personalized message for trust risks; the exit code gates a send.",
        footer = {"", "Examples:", "  trustproof check --db spring.trustproof",
                "  trustproof check --campaign spring.json --recipients list.csv --format jsonl --fail-on medium",
                "", "Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 bad usage or input."})
final class CheckCommand implements Callable<Integer> {
    static final class Source {
        @Option(names = "--db", required = true, paramLabel = "REVIEW.trustproof", description = "review file")
        Path db;

        @ArgGroup(exclusive = false)
        Files files;
    }

    static final class Files {
        @Option(names = "--campaign", required = true, paramLabel = "C.json", description = "campaign file (JSON)")
        Path campaign;

        @Option(names = "--recipients", required = true, paramLabel = "R.csv", description = "recipient list (CSV or JSON)")
        Path recipients;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|jsonl", description = "output format (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--fail-on", defaultValue = "high", paramLabel = "high|medium|low|none",
            description = "exit 1 when a finding is at or above this severity (default: ${DEFAULT-VALUE})")
    String failOn;

    @Option(names = "--rules", paramLabel = "FILE", description = "rule overrides (JSON)")
    Path rules;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Severity threshold = threshold();
        FindingPrinter printer = switch (format) {
            case "jsonl" -> new JsonlPrinter(spec.commandLine().getOut());
            case "text" -> new TextPrinter(spec.commandLine().getOut(), System.console() != null && System.getenv("NO_COLOR") == null);
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format must be text or jsonl, not '" + format + "'");
        };
        long checked;
        if (source.db != null) {
            // the rules are built on another core while the review file opens
            CompletableFuture<RiskEngine> engine = CompletableFuture.supplyAsync(() -> TrustproofCli.compiledEngine(rules),
                    task -> Thread.ofPlatform().name("trustproof-rules").daemon().start(task));
            try (ReviewSession session = open(source.db, engine)) {
                checked = session.checkAll(printer);
            }
        } else {
            checked = ListCheck.run(source.files.campaign, source.files.recipients, TrustproofCli.engine(rules), printer);
        }
        printer.finish(checked);
        Severity worst = printer.worst();
        return threshold != null && worst != null && worst.atLeast(threshold) ? TrustproofCli.FINDINGS : TrustproofCli.OK;
    }

    /** A bad rules file is reported before a bad review file, as when the two were loaded one after the other. */
    private static ReviewSession open(Path db, CompletableFuture<RiskEngine> engine) {
        try {
            return ReviewSession.open(db, engine);
        } catch (RuntimeException failure) {
            ReviewSession.await(engine);
            throw failure;
        }
    }

    private Severity threshold() {
        if (failOn.equalsIgnoreCase("none")) return null;
        try {
            return Severity.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--fail-on must be high, medium, low or none, not '" + failOn + "'");
        }
    }

    /** A sink that prints and remembers the worst severity it saw. */
    interface FindingPrinter extends FindingSink {
        void finish(long recipients);

        Severity worst();
    }
}
