package com.trustproof.app;

import com.trustproof.TestFiles;
import com.trustproof.model.DecisionStatus;
import com.trustproof.model.RecipientQuery;
import com.trustproof.model.RecipientRow;
import com.trustproof.model.ReviewCounts;
import com.trustproof.model.Severity;
import com.trustproof.risk.RiskEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A large import loads rows first and checks them afterwards: the result must be the same review. */
class CheckPassTest {
    @TempDir
    Path dir;

    private ReviewSession.Imported importDemo(Path file, Path list, long checkUpTo) {
        return ReviewSession.importFiles(file, TestFiles.DEMO_CAMPAIGN, list, RiskEngine::defaults, false, Progress.NONE, checkUpTo);
    }

    @Test
    void aLongImportReadsTheRulesOnlyWhenTheReviewFirstChecks() {
        int[] reads = new int[1];
        java.util.function.Supplier<RiskEngine> counted = () -> {
            reads[0]++;
            return RiskEngine.defaults();
        };
        try (ReviewSession lazy = ReviewSession.importFiles(dir.resolve("later.trustproof"), TestFiles.DEMO_CAMPAIGN,
                TestFiles.DEMO_RECIPIENTS, counted, false, Progress.NONE, 0).session()) {
            assertEquals(0, reads[0], "loading rows needs no rules");
            lazy.completeChecks(Progress.NONE);
            assertTrue(reads[0] > 0);
        }
        reads[0] = 0;
        ReviewSession.importFiles(dir.resolve("now.trustproof"), TestFiles.DEMO_CAMPAIGN, TestFiles.DEMO_RECIPIENTS, counted,
                false, Progress.NONE, Long.MAX_VALUE).session().close();
        assertTrue(reads[0] > 0, "a short list is checked as it is imported");
    }

    @Test
    void theDefaultRulesAreReadOnceWhenFirstNeeded() {
        var engine = ReviewSession.defaultEngineWhenNeeded();
        assertTrue(engine.get() == engine.get());
    }

    private static long id(ReviewSession session, String search) {
        return session.page(RecipientQuery.all().withSearch(search), 0, 1).get(0).id();
    }

    @Test
    void rowsLoadedFirstAreUncheckedUntilThePassAndThenMatchACheckedImport() {
        try (ReviewSession eager = importDemo(dir.resolve("eager.trustproof"), TestFiles.DEMO_RECIPIENTS, Long.MAX_VALUE).session();
             ReviewSession lazy = importDemo(dir.resolve("lazy.trustproof"), TestFiles.DEMO_RECIPIENTS, 0).session()) {
            assertFalse(eager.checksPending());
            assertTrue(lazy.checksPending());
            ReviewCounts waiting = lazy.counts();
            assertEquals(eager.counts().total(), waiting.total());
            assertEquals(waiting.total(), waiting.unchecked());
            assertEquals(0, waiting.high() + waiting.medium() + waiting.low() + waiting.clean());
            List<RecipientRow> firstPage = lazy.page(RecipientQuery.all(), 0, 20);
            assertTrue(firstPage.stream().noneMatch(RecipientRow::checked), "no verdict before the check");
            assertEquals(eager.page(RecipientQuery.all(), 0, 20).stream().map(RecipientRow::name).toList(),
                    firstPage.stream().map(RecipientRow::name).toList(), "names and order are there at once");
            assertTrue(lazy.groups(100).isEmpty(), "no variant groups of unchecked rows");
            assertEquals(0, lazy.countApprovable(Severity.LOW), "nothing unchecked is bulk-approved");

            long[] progress = new long[2];
            assertEquals(0, lazy.completeChecks((done, total) -> { progress[0] = done; progress[1] = total; }));
            assertEquals(waiting.total(), progress[0]);
            assertEquals(waiting.total(), progress[1]);
            assertFalse(lazy.checksPending());
            assertEquals(eager.counts(), lazy.counts());
            assertEquals(eager.groups(100), lazy.groups(100));
            assertEquals(eager.recipientsByRule(), lazy.recipientsByRule());
            assertEquals(eager.riskyBySegment(), lazy.riskyBySegment());
            assertEquals(eager.campaignFindings(), lazy.campaignFindings());
            RecipientQuery byScore = RecipientQuery.all().withOrder(RecipientQuery.Order.SCORE_DESC);
            assertEquals(eager.page(byScore, 0, 500), lazy.page(byScore, 0, 500));
            for (String rule : eager.recipientsByRule().keySet()) {
                RecipientQuery withRule = RecipientQuery.all().withRule(rule);
                assertEquals(eager.page(withRule, 0, 500), lazy.page(withRule, 0, 500), rule);
            }
            assertEquals("ok", lazy.integrityCheck());
        }
    }

    @Test
    void aDecisionOnAnUncheckedRecipientChecksItFirst() {
        try (ReviewSession eager = importDemo(dir.resolve("eager.trustproof"), TestFiles.DEMO_RECIPIENTS, Long.MAX_VALUE).session();
             ReviewSession lazy = importDemo(dir.resolve("lazy.trustproof"), TestFiles.DEMO_RECIPIENTS, 0).session()) {
            long mia = id(lazy, "mia.murphy");
            lazy.decide(mia, DecisionStatus.APPROVED, null);
            eager.decide(id(eager, "mia.murphy"), DecisionStatus.APPROVED, null);
            assertEquals(eager.detail(id(eager, "mia.murphy")).decision().messageHash(), lazy.detail(mia).decision().messageHash());
            long noConsent = eager.page(RecipientQuery.all().withRule("consent.missing"), 0, 1).get(0).id();
            assertThrows(IllegalStateException.class, () -> lazy.decide(noConsent, DecisionStatus.APPROVED, null));

            lazy.completeChecks(Progress.NONE);
            assertEquals(DecisionStatus.APPROVED, lazy.detail(mia).decision().status(), "the pass keeps a decision on an unchanged message");
        }
    }

    @Test
    void aReimportKeepsDecisionsUntilThePassFindsTheirMessageChanged() throws IOException {
        Path file = dir.resolve("demo.trustproof");
        long kept, changed;
        try (ReviewSession session = importDemo(file, TestFiles.DEMO_RECIPIENTS, Long.MAX_VALUE).session()) {
            kept = id(session, "mia.murphy");
            changed = id(session, "oliviahaddad");
            session.decide(kept, DecisionStatus.APPROVED, null);
            session.decide(changed, DecisionStatus.APPROVED, null);
        }
        String csv = Files.readString(TestFiles.DEMO_RECIPIENTS).replace("Olivia,Haddad,trail-runners,subscribed,2026-05-10,Burlington",
                "Olivia,Haddad,trail-runners,subscribed,2026-05-10,Montpelier");
        ReviewSession.Imported imported = importDemo(file, TestFiles.write(dir, "list.csv", csv), 0);
        try (ReviewSession session = imported.session()) {
            assertTrue(session.checksPending());
            assertEquals(2, session.counts().approved(), "decisions come back with the rows");
            assertEquals(0, session.count(RecipientQuery.all().withRule("consent.missing")),
                    "the earlier import's rule rows are gone: they would point at whoever has their ids now");
            Path out = dir.resolve("sends.csv");
            assertEquals(1, session.exportApproved(out, Progress.NONE), "only the unchanged approval is sent, even before the pass");
            assertEquals(1, session.completeChecks(Progress.NONE));
            assertEquals(DecisionStatus.APPROVED, session.detail(kept).decision().status());
            assertEquals(DecisionStatus.PENDING, session.detail(changed).decision().status());
            assertTrue(session.detail(changed).resetReason().contains("changed"));
        }
    }

    @Test
    void aStoppedPassStartsOverAndFinishes() {
        Path file = dir.resolve("demo.trustproof");
        importDemo(file, TestFiles.DEMO_RECIPIENTS, 0).session().close();
        try (ReviewSession session = ReviewSession.open(file)) {
            assertThrows(CancellationException.class, () -> session.completeChecks((done, total) -> Thread.currentThread().interrupt()));
            assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
            assertTrue(session.checksPending(), "a stopped pass leaves the mark");
        }
        try (ReviewSession session = ReviewSession.open(file)) {
            session.completeChecks(Progress.NONE);
            assertFalse(session.checksPending());
            assertEquals(0, session.counts().unchecked());
            assertEquals(session.counts().total(), session.count(RecipientQuery.all().withWorst(
                    Set.of(Severity.HIGH, Severity.MEDIUM, Severity.LOW), true)));
        }
    }

    @Test
    void savingTheCampaignChecksEverythingAndEndsThePendingPass() {
        try (ReviewSession session = importDemo(dir.resolve("lazy.trustproof"), TestFiles.DEMO_RECIPIENTS, 0).session()) {
            session.saveCampaign(session.campaign(), Progress.NONE);
            assertFalse(session.checksPending());
            assertEquals(0, session.counts().unchecked());
            assertFalse(session.groups(10).isEmpty());
        }
    }
}
