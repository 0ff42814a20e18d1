package com.trustproof.ui;

import com.trustproof.app.Progress;
import com.trustproof.app.ReviewSession;

import java.nio.file.Path;

/** A real review imported from assets/demo/ into a temp dir, as the window tests need it. */
final class DemoReviewFixture {
    static final Path CAMPAIGN = Path.of("assets/demo/campaign.json");
    static final Path RECIPIENTS = Path.of("assets/demo/recipients.csv");

    private DemoReviewFixture() {}

    static ReviewService importInto(Path dir) {
        ReviewSession session = ReviewSession.importFiles(dir.resolve("demo.trustproof"), CAMPAIGN, RECIPIENTS, Progress.NONE);
        return new SessionReviewService(session);
    }
}
