package com.trustproof.app;

import com.trustproof.TestFiles;
import com.trustproof.model.DecisionStatus;
import com.trustproof.model.RecipientQuery;
import com.trustproof.model.RecipientRow;
import com.trustproof.model.ReviewCounts;
import com.trustproof.model.Severity;
import com.trustproof.model.VariantGroup;
import com.trustproof.risk.RiskEngine;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewSessionTest {
    @TempDir
    Path dir;

    private ReviewSession importDemo(Path file) {
        return ReviewSession.importFiles(file, TestFiles.DEMO_CAMPAIGN, TestFiles.DEMO_RECIPIENTS, RiskEngine.defaults(), false, Progress.NONE).session();
    }

    private static long lines(Path csv) throws IOException {
        try (var lines = Files.lines(csv)) {
            return lines.count();
        }
    }

    @Test
    void importsTheDemoWithFindingsAndGroups() throws IOException {
        try (ReviewSession session = importDemo(dir.resolve("demo.trustproof"))) {
            ReviewCounts counts = session.counts();
            assertEquals(lines(TestFiles.DEMO_RECIPIENTS) - 1, counts.total());
            assertEquals(counts.total(), counts.pending());
            assertTrue(counts.high() > 0, "the demo seeds high risks");
            assertTrue(counts.clean() + counts.low() > counts.total() / 2, "most demo recipients are fine");
            List<VariantGroup> groups = session.groups(100);
            assertTrue(groups.size() > 1 && groups.size() < counts.total() / 2, "groups collapse recipients: " + groups.size());
            assertEquals(counts.total(), groups.stream().mapToLong(VariantGroup::size).sum());
            assertFalse(session.recipientsByRule().isEmpty());
            assertTrue(session.segments().contains("trail-runners"));
        }
    }

    @Test
    void filtersPageThroughTheList() {
        try (ReviewSession session = importDemo(dir.resolve("demo.trustproof"))) {
            RecipientQuery high = RecipientQuery.all().withWorst(Set.of(Severity.HIGH), false);
            long highCount = session.count(high);
            assertEquals(session.counts().high(), highCount);
            List<RecipientRow> page = session.page(high, 0, 5);
            assertTrue(page.stream().allMatch(r -> r.worst() == Severity.HIGH));
            RecipientQuery search = RecipientQuery.all().withSearch("MIA.MURPHY");
            assertEquals(1, session.count(search));
            assertEquals("mia.murphy@example.com", session.page(search, 0, 10).get(0).email());
            List<RecipientRow> byScore = session.page(RecipientQuery.all().withOrder(RecipientQuery.Order.SCORE_DESC), 0, 50);
            for (int i = 1; i < byScore.size(); i++) assertTrue(byScore.get(i - 1).score() >= byScore.get(i).score());
            List<RecipientRow> second = session.page(RecipientQuery.all(), 10, 10);
            assertEquals(session.page(RecipientQuery.all(), 0, 20).subList(10, 20), second);
        }
    }

    @Test
    void decisionsPersistAndConsentIsRequired() {
        Path file = dir.resolve("demo.trustproof");
        long approvedId;
        long unsubscribedId;
        try (ReviewSession session = importDemo(file)) {
            approvedId = session.page(RecipientQuery.all().withSearch("mia.murphy"), 0, 1).get(0).id();
            session.decide(approvedId, DecisionStatus.APPROVED, null);
            unsubscribedId = session.page(RecipientQuery.all().withRule("consent.missing"), 0, 1).get(0).id();
            long target = unsubscribedId;
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> session.decide(target, DecisionStatus.APPROVED, null));
            assertTrue(refused.getMessage().contains("has not agreed"));
            session.decide(unsubscribedId, DecisionStatus.REJECTED, "unsubscribed");
        }
        try (ReviewSession session = ReviewSession.open(file)) {
            assertEquals(DecisionStatus.APPROVED, session.detail(approvedId).decision().status());
            assertNotNull(session.detail(approvedId).decision().decidedAt());
            assertEquals("unsubscribed", session.detail(unsubscribedId).decision().note());
            assertEquals(1, session.counts().approved());
            assertEquals(1, session.counts().rejected());
            assertEquals("ok", session.integrityCheck());
        }
    }

    @Test
    void bulkApprovalSkipsRiskAndMissingConsent() {
        try (ReviewSession session = importDemo(dir.resolve("demo.trustproof"))) {
            long approvable = session.countApprovable(Severity.LOW);
            assertTrue(approvable > 0);
            assertEquals(approvable, session.approveClean(Severity.LOW));
            RecipientQuery approvedRisky = RecipientQuery.all().withStatuses(Set.of(DecisionStatus.APPROVED))
                    .withWorst(Set.of(Severity.HIGH, Severity.MEDIUM), false);
            assertEquals(0, session.count(approvedRisky));
            assertEquals(0, session.countApprovable(Severity.LOW));
        }
    }

    @Test
    void groupDecisionCoversEveryMember() {
        try (ReviewSession session = importDemo(dir.resolve("demo.trustproof"))) {
            VariantGroup group = session.groups(100).stream().filter(g -> g.size() > 1).findFirst().orElseThrow();
            assertEquals(group.size(), session.decideGroup(group.variant(), DecisionStatus.REJECTED, "wrong copy"));
            assertEquals(group.size(), session.count(RecipientQuery.all().withVariant(group.variant())
                    .withStatuses(Set.of(DecisionStatus.REJECTED))));
        }
    }

    @Test
    void reimportKeepsUnchangedDecisionsAndResetsChangedOnes() throws IOException {
        Path file = dir.resolve("demo.trustproof");
        long keptId, changedId;
        try (ReviewSession session = importDemo(file)) {
            keptId = session.page(RecipientQuery.all().withSearch("mia.murphy"), 0, 1).get(0).id();
            changedId = session.page(RecipientQuery.all().withSearch("oliviahaddad"), 0, 1).get(0).id();
            session.decide(keptId, DecisionStatus.APPROVED, null);
            session.decide(changedId, DecisionStatus.APPROVED, null);
        }
        // Olivia's city changes, so her message changes; Mia's does not
        String csv = Files.readString(TestFiles.DEMO_RECIPIENTS).replace("Olivia,Haddad,trail-runners,subscribed,2026-05-10,Burlington",
                "Olivia,Haddad,trail-runners,subscribed,2026-05-10,Montpelier");
        Path list = TestFiles.write(dir, "list.csv", csv);
        var imported = ReviewSession.importFiles(file, TestFiles.DEMO_CAMPAIGN, list, RiskEngine.defaults(), false, Progress.NONE);
        try (ReviewSession session = imported.session()) {
            assertEquals(1, imported.reset());
            assertEquals(DecisionStatus.APPROVED, session.detail(keptId).decision().status());
            RecipientDetail changed = session.detail(changedId);
            assertEquals(DecisionStatus.PENDING, changed.decision().status());
            assertTrue(changed.resetReason().contains("changed"));
        }
    }

    @Test
    void badInputLeavesAnExistingFileUntouchedAndCreatesNoNewOne() throws IOException {
        Path file = dir.resolve("demo.trustproof");
        importDemo(file).close();
        String before = TestFiles.digest(file);
        Path ragged = TestFiles.write(dir, "bad.csv", "email,first_name\na@example.com,A\nb@example.com,B,C\n");
        InputException error = assertThrows(InputException.class,
                () -> ReviewSession.importFiles(file, TestFiles.DEMO_CAMPAIGN, ragged, Progress.NONE));
        assertEquals(3, error.line());
        assertEquals(3, error.column());
        try (ReviewSession session = ReviewSession.open(file)) {
            assertEquals(lines(TestFiles.DEMO_RECIPIENTS) - 1, session.counts().total());
        }
        assertEquals(before, TestFiles.digest(file), "the review file is byte for byte what it was");
        Path fresh = dir.resolve("fresh.trustproof");
        assertThrows(InputException.class, () -> ReviewSession.importFiles(fresh, TestFiles.DEMO_CAMPAIGN, ragged, Progress.NONE));
        assertFalse(Files.exists(fresh));
    }

    @Test
    void duplicatesAndInvalidEmailsAreReportedOrSkipped() throws IOException {
        Path list = TestFiles.write(dir, "list.csv", "email,first_name\na@example.com,A\nnot-an-email,B\nA@example.com,C\nd@example.com,D\n");
        InputException invalid = assertThrows(InputException.class,
                () -> ReviewSession.importFiles(dir.resolve("x.trustproof"), TestFiles.DEMO_CAMPAIGN, list, Progress.NONE));
        assertEquals(3, invalid.line());
        assertEquals(1, invalid.column());
        Path dup = TestFiles.write(dir, "dup.csv", "email,first_name\na@example.com,A\nA@example.com,C\n");
        InputException duplicate = assertThrows(InputException.class,
                () -> ReviewSession.importFiles(dir.resolve("y.trustproof"), TestFiles.DEMO_CAMPAIGN, dup, Progress.NONE));
        assertTrue(duplicate.getMessage().contains("lines 2, 3"), duplicate.getMessage());
        var imported = ReviewSession.importFiles(dir.resolve("z.trustproof"), TestFiles.DEMO_CAMPAIGN, list, RiskEngine.defaults(), true, Progress.NONE);
        try (ReviewSession session = imported.session()) {
            assertEquals(2, session.counts().total());
            assertEquals(2, imported.rejected());
            String rejects = Files.readString(imported.rejectsFile());
            assertTrue(rejects.contains("not an email address"));
            assertTrue(rejects.contains("duplicate email: A@example.com"));
        }
    }

    @Test
    void savingAnEditedTemplateRechecksAndResetsChangedDecisions() {
        try (ReviewSession session = importDemo(dir.resolve("demo.trustproof"))) {
            long id = session.page(RecipientQuery.all().withSearch("mia.murphy"), 0, 1).get(0).id();
            session.decide(id, DecisionStatus.APPROVED, null);
            var edited = session.campaign().withTemplate(com.trustproof.model.MessageField.BODY,
                    session.campaign().body().replace("{{first_name}}", "{{ first_name | default: \"there\" }}"));
            long unresolvedBefore = session.count(RecipientQuery.all().withRule("token.unresolved"));
            assertTrue(unresolvedBefore > 0);
            assertTrue(session.checkTemplate(edited).size() < session.campaignFindings().size() || unresolvedBefore > 0);
            session.saveCampaign(edited, Progress.NONE);
            assertEquals(0, session.count(RecipientQuery.all().withRule("token.unresolved")));
            assertEquals(DecisionStatus.APPROVED, session.detail(id).decision().status(), "Mia has a name: her message did not change");
            assertTrue(session.detail(id).rendering().body().text().startsWith("Hi Mia,"));
        }
    }

    @Test
    void exportWritesApprovedSendsWithRenderedMessages() throws IOException {
        try (ReviewSession session = importDemo(dir.resolve("demo.trustproof"))) {
            long id = session.page(RecipientQuery.all().withSearch("mia.murphy"), 0, 1).get(0).id();
            session.decide(id, DecisionStatus.APPROVED, "=looks good");
            Path out = dir.resolve("approved.csv");
            assertEquals(1, session.exportApproved(out, Progress.NONE));
            try (CSVParser parser = CSVParser.parse(out, StandardCharsets.UTF_8, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
                List<CSVRecord> records = parser.getRecords();
                assertEquals(1, records.size());
                assertEquals("mia.murphy@example.com", records.get(0).get("email"));
                assertTrue(records.get(0).get("body").startsWith("Hi Mia,"));
                assertTrue(records.get(0).get("subject").startsWith("Mia,"));
                assertEquals("'=looks good", records.get(0).get("note"));
            }
            Path report = dir.resolve("report.html");
            session.exportReport(report);
            assertTrue(Files.readString(report).contains("Spring trail launch"));
        }
    }
}
