package com.trustproof.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoTest {
    @Test
    void firstStartBuildsTheDemoReviewAndLaterStartsReopenIt(@TempDir Path dataDir) throws Exception {
        Path review = Demo.ensureDemoReview(dataDir);
        assertTrue(Files.isRegularFile(review));
        try (ReviewSession session = ReviewSession.open(review)) {
            assertTrue(session.counts().total() > 100);
            session.decide(session.page(com.trustproof.model.RecipientQuery.all(), 0, 1).get(0).id(),
                    com.trustproof.model.DecisionStatus.REJECTED, "kept across starts");
        }
        assertEquals(review, Demo.ensureDemoReview(dataDir));
        try (ReviewSession session = ReviewSession.open(review)) {
            assertEquals(1, session.counts().rejected(), "the second start reopened the same review");
        }
    }
}
