package com.trustproof.cli;

import com.trustproof.app.ReviewSession;
import com.trustproof.model.ReviewCounts;
import com.trustproof.risk.RiskEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Load a campaign and a recipient list into a review file (created, or re-imported keeping unchanged decisions).",
        footer = {"", "Example:", "  trustproof import --campaign spring.json --recipients list.csv --db spring.trustproof"})
final class ImportCommand implements Callable<Integer> {
    @Option(names = "--campaign", required = true, paramLabel = "C.json", description = "campaign file (JSON)")
    Path campaign;

    @Option(names = "--recipients", required = true, paramLabel = "R.csv", description = "recipient list (CSV or JSON)")
    Path recipients;

    @Option(names = "--db", required = true, paramLabel = "REVIEW.trustproof", description = "review file")
    Path db;

    @Option(names = "--skip-invalid", description = "import the good rows; write rejected rows with the reason to R.csv.rejected.csv")
    boolean skipInvalid;

    @Option(names = "--rules", paramLabel = "FILE", description = "rule overrides (JSON)")
    Path rules;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ProgressLine progress = new ProgressLine(spec.commandLine().getErr(), "rows");
        RiskEngine given = rules == null ? null : TrustproofCli.engine(rules); // a bad --rules file stops us before the import
        var imported = ReviewSession.importFiles(db, campaign, recipients,
                given != null ? () -> given : ReviewSession.defaultEngineWhenNeeded(), skipInvalid, progress);
        progress.done();
        try (ReviewSession session = imported.session()) {
            var out = spec.commandLine().getOut();
            if (session.checksPending()) {
                out.printf("Imported %,d recipients into %s (%.1fs). Their messages are checked when the review is first opened"
                        + " (or by approve); trustproof check lists the findings now.%n", imported.loaded(), db, progress.seconds());
            } else {
                ReviewCounts counts = session.counts();
                out.printf("Imported %,d recipients into %s (%.1fs): %,d with a high finding, %,d medium, %,d low, %,d clean.%n",
                        imported.loaded(), db, progress.seconds(), counts.high(), counts.medium(), counts.low(), counts.clean());
            }
            if (imported.reset() > 0) {
                out.printf("%,d earlier decisions went back to pending because their message changed.%n", imported.reset());
            }
            if (imported.rejected() > 0) {
                out.printf("%,d rows rejected; see %s%n", imported.rejected(), imported.rejectsFile());
            }
        }
        return TrustproofCli.OK;
    }
}
