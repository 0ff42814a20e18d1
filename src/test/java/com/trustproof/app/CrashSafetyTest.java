package com.trustproof.app;

import com.trustproof.Launcher;
import com.trustproof.TestFiles;
import com.trustproof.bench.GenerateRecipients;
import com.trustproof.model.DecisionStatus;
import com.trustproof.model.RecipientQuery;
import com.trustproof.model.Severity;
import com.trustproof.risk.RiskEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kills a real child process (SIGKILL, as kill -9) in the middle of an import and of a bulk
 * approval, then proves the review file is sound and holds all or none of the interrupted change.
 */
class CrashSafetyTest {
    private static final int ROWS = 60_000;

    @TempDir
    Path dir;

    private static Process child(String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /**
     * Lets the child get some way into its work, then kills it without warning. The launcher may
     * run the work in a JVM of its own (bounded heap): that one must be gone too before the files
     * are looked at.
     */
    private static void killMidway(Process process, long afterMillis) throws Exception {
        if (!process.waitFor(afterMillis, TimeUnit.MILLISECONDS)) {
            List<ProcessHandle> workers = process.descendants().toList();
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            for (ProcessHandle worker : workers) {
                worker.onExit().get(30, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void killDuringReimportLeavesTheEarlierReviewIntact() throws Exception {
        Path review = dir.resolve("r.trustproof");
        long before;
        try (ReviewSession session = ReviewSession.importFiles(review, TestFiles.DEMO_CAMPAIGN, TestFiles.DEMO_RECIPIENTS, Progress.NONE)) {
            session.decide(session.page(RecipientQuery.all(), 0, 1).get(0).id(), DecisionStatus.REJECTED, "keep me");
            before = session.counts().total();
        }
        Path big = dir.resolve("big.csv");
        GenerateRecipients.write(big, ROWS, 7);
        for (long delay : new long[]{900, 1800}) {
            killMidway(child("import", "--campaign", TestFiles.DEMO_CAMPAIGN.toString(), "--recipients", big.toString(),
                    "--db", review.toString()), delay);
            try (ReviewSession session = ReviewSession.open(review)) {
                assertEquals("ok", session.integrityCheck());
                long total = session.counts().total();
                assertTrue(total == before || total == ROWS, "all or nothing, got " + total);
                if (total == before) assertEquals(1, session.counts().rejected(), "the earlier decision survived");
            }
        }
    }

    @Test
    void killDuringFreshImportLeavesNoHalfMadeReview() throws Exception {
        Path big = dir.resolve("big.csv");
        GenerateRecipients.write(big, ROWS, 11);
        Path review = dir.resolve("fresh.trustproof");
        killMidway(child("import", "--campaign", TestFiles.DEMO_CAMPAIGN.toString(), "--recipients", big.toString(),
                "--db", review.toString()), 1200);
        if (Files.exists(review)) {
            try (ReviewSession session = ReviewSession.open(review)) {
                assertEquals("ok", session.integrityCheck());
                assertEquals(ROWS, session.counts().total(), "a review under the real name is complete");
            }
        }
    }

    @Test
    void killDuringTheCheckPassKeepsEveryCheckedChunkAndTheRestIsCheckedLater() throws Exception {
        Path big = dir.resolve("big.csv");
        GenerateRecipients.write(big, ROWS, 17);
        Path review = dir.resolve("r.trustproof");
        ReviewSession.importFiles(review, TestFiles.DEMO_CAMPAIGN, big, RiskEngine.defaults(), true, Progress.NONE).session().close();
        // approve runs the pending check pass first: kill it while chunks are being checked and stored
        killMidway(child("approve", "--db", review.toString(), "--clean"), 1500);
        try (ReviewSession session = ReviewSession.open(review)) {
            assertEquals("ok", session.integrityCheck());
            session.completeChecks(Progress.NONE);
            assertEquals(0, session.counts().unchecked());
            assertTrue(session.counts().high() > 0);
            assertEquals("ok", session.integrityCheck());
        }
    }

    @Test
    void killDuringBulkApproveCommitsAllOrNone() throws Exception {
        Path big = dir.resolve("big.csv");
        GenerateRecipients.write(big, ROWS, 13);
        Path review = dir.resolve("r.trustproof");
        long approvable;
        try (ReviewSession session = ReviewSession.importFiles(review, TestFiles.DEMO_CAMPAIGN, big, RiskEngine.defaults(), true, Progress.NONE).session()) {
            session.completeChecks(Progress.NONE); // a list this long is checked after loading
            approvable = session.countApprovable(Severity.LOW);
        }
        assertTrue(approvable > 0);
        killMidway(child("approve", "--db", review.toString(), "--clean", "--max-severity", "low"), 700);
        try (ReviewSession session = ReviewSession.open(review)) {
            assertEquals("ok", session.integrityCheck());
            long approved = session.count(RecipientQuery.all().withStatuses(Set.of(DecisionStatus.APPROVED)));
            assertTrue(approved == 0 || approved == approvable, "all or none approved, got " + approved + " of " + approvable);
        }
    }
}
