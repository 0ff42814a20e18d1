package com.trustproof.ui;

import com.trustproof.app.Progress;
import com.trustproof.app.ReviewSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real review imported from assets/demo/ into a temp dir, as the window tests need it. The
 * import runs once per test run; every test gets its own copy of the resulting review file.
 */
final class DemoReviewFixture {
    static final Path CAMPAIGN = Path.of("assets/demo/campaign.json");
    static final Path RECIPIENTS = Path.of("assets/demo/recipients.csv");
    private static Path master;

    private DemoReviewFixture() {}

    static synchronized ReviewService importInto(Path dir) {
        try {
            if (master == null) {
                Path folder = Files.createTempDirectory("trustproof-ui-demo");
                folder.toFile().deleteOnExit();
                Path file = folder.resolve("master.trustproof");
                // closing checkpoints the write-ahead log, so the single file is the whole review
                ReviewSession.importFiles(file, CAMPAIGN, RECIPIENTS, Progress.NONE).close();
                master = file;
            }
            Path copy = Files.copy(master, dir.resolve("demo.trustproof"));
            return new SessionReviewService(ReviewSession.open(copy));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
