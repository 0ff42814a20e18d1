package com.trustproof.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trustproof.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = TrustproofCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path importDemo() {
        Path db = dir.resolve("demo.trustproof");
        Run run = run("import", "--campaign", TestFiles.DEMO_CAMPAIGN.toString(), "--recipients", TestFiles.DEMO_RECIPIENTS.toString(),
                "--db", db.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Imported"), run.out());
        return db;
    }

    @Test
    void aLongListIsLoadedFirstAndCheckedWhenApprovingNeedsIt() {
        Path db = dir.resolve("long.trustproof");
        Path list = TestFiles.longList(dir, (int) com.trustproof.app.ReviewSession.CHECK_AT_IMPORT_UP_TO + 1);
        Run imported = run("import", "--campaign", TestFiles.DEMO_CAMPAIGN.toString(), "--recipients", list.toString(), "--db", db.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("checked when the review is first opened"), imported.out());
        Run approved = run("approve", "--db", db.toString(), "--clean", "--max-severity", "low");
        assertEquals(0, approved.code(), approved.err());
        assertTrue(approved.out().matches("(?s)Checked 20,001 recipients .*\nApproved [1-9][\\d,]* recipients.*"), approved.out());
        try (var session = com.trustproof.app.ReviewSession.open(db)) {
            assertFalse(session.checksPending(), "approve ran the check pass first");
            assertTrue(session.counts().approved() < session.counts().total(), "recipients without consent stay pending");
        }
    }

    @Test
    void checkJsonlFollowsTheContract() throws Exception {
        Path db = importDemo();
        Run run = run("check", "--db", db.toString(), "--format", "jsonl");
        assertEquals(1, run.code(), "the demo has high findings");
        ObjectMapper json = new ObjectMapper();
        List<String> keysSeen = null;
        boolean campaignWide = false;
        for (String line : run.out().split("\n")) {
            assertTrue(line.startsWith("{\"recipient\":"), "each line is exactly one object: " + line);
            JsonNode node = json.readTree(line);
            List<String> keys = new ArrayList<>();
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) keys.add(it.next());
            keysSeen = keys;
            assertEquals(List.of("recipient", "rule", "severity", "field", "start", "end", "text", "message", "suggestion"), keys);
            assertTrue(List.of("high", "medium", "low").contains(node.get("severity").asText()));
            assertTrue(node.get("end").asInt() >= node.get("start").asInt());
            if (node.get("recipient").isNull()) campaignWide = true;
        }
        assertTrue(keysSeen != null, "some findings were printed");
        assertTrue(campaignWide, "campaign-wide findings carry recipient null");
        assertTrue(run.out().contains("\"rule\":\"consent.missing\""));
    }

    @Test
    void failOnDrivesTheExitCode() {
        Path db = importDemo();
        assertEquals(1, run("check", "--db", db.toString(), "--fail-on", "high").code());
        assertEquals(0, run("check", "--db", db.toString(), "--fail-on", "none").code());
        Run bad = run("check", "--db", db.toString(), "--fail-on", "critical");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--fail-on"), bad.err());
    }

    @Test
    void checkWithoutAReviewFileReadsTheFiles() {
        Path clean = TestFiles.write(dir, "clean.csv", "email,first_name,segment,interests,status,last_active,city\n"
                + "anna@example.com,Anna,trail-runners,running,subscribed,2026-10-01,Boulder\n");
        Run run = run("check", "--campaign", TestFiles.DEMO_CAMPAIGN.toString(), "--recipients", clean.toString(), "--fail-on", "high");
        assertEquals(0, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("1 recipients checked: 1 clean"), run.out());
        Run demo = run("check", "--campaign", TestFiles.DEMO_CAMPAIGN.toString(), "--recipients", TestFiles.DEMO_RECIPIENTS.toString());
        assertEquals(1, demo.code());
        assertTrue(demo.out().contains("consent.missing"), demo.out());
    }

    @Test
    void badInputExitsTwoWithFileLineAndColumn() throws Exception {
        Path campaign = TestFiles.write(dir, "c.json", "{\n \"body\": \"Hi\",\n \"format\": 3\n}");
        Run run = run("check", "--campaign", campaign.toString(), "--recipients", TestFiles.DEMO_RECIPIENTS.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains(campaign + ":3:"), run.err());
        assertFalse(run.err().contains("Exception"), "no stack trace: " + run.err());
        Path db = importDemo();
        String before = TestFiles.digest(db);
        Path ragged = TestFiles.write(dir, "r.csv", "email,first_name\na@example.com\n");
        Run reimport = run("import", "--campaign", TestFiles.DEMO_CAMPAIGN.toString(), "--recipients", ragged.toString(), "--db", db.toString());
        assertEquals(2, reimport.code());
        assertTrue(reimport.err().contains(ragged + ":2:2"), reimport.err());
        assertEquals(before, TestFiles.digest(db));
        assertEquals(2, run("check", "--db", dir.resolve("missing.trustproof").toString()).code());
    }

    @Test
    void usageErrorsExitTwoWithOneLine() {
        Run unknown = run("check", "--db", "x", "--colour");
        assertEquals(2, unknown.code());
        assertEquals(1, unknown.err().strip().lines().count(), unknown.err());
        assertEquals(2, run("import", "--campaign", "c.json").code());
        assertEquals(2, run("frobnicate").code());
        Run help = run("export", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("Example"));
    }

    @Test
    void approveThenExportRoundTrip() throws Exception {
        Path db = importDemo();
        Run approve = run("approve", "--db", db.toString(), "--clean", "--max-severity", "low");
        assertEquals(0, approve.code(), approve.err());
        assertTrue(approve.out().startsWith("Approved "), approve.out());
        Path out = dir.resolve("approved.csv");
        Run export = run("export", "--db", db.toString(), "--out", out.toString(), "--columns", "mailchimp");
        assertEquals(0, export.code(), export.err());
        String csv = Files.readString(out);
        assertTrue(csv.startsWith("Email Address,First Name,Last Name"), csv.substring(0, 80));
        assertFalse(csv.contains("unsubscribed"), "only consenting recipients leave");
        Run unwritable = run("export", "--db", db.toString(), "--out", dir.resolve("no/such/dir/x.csv").toString());
        assertEquals(2, unwritable.code());
        assertTrue(unwritable.err().contains("no/such/dir"), unwritable.err());
    }

    @Test
    void rulesFileTunesTheCheckAndABadOneIsBadInput() {
        Path rules = TestFiles.write(dir, "rules.json", "{\"rules\": [{\"id\": \"consent.missing\", \"enabled\": false}]}");
        Run tuned = run("check", "--campaign", TestFiles.DEMO_CAMPAIGN.toString(), "--recipients", TestFiles.DEMO_RECIPIENTS.toString(),
                "--format", "jsonl", "--rules", rules.toString());
        assertFalse(tuned.out().contains("consent.missing"), "disabled by the override file");
        assertTrue(tuned.out().contains("value.placeholder"));
        Path broken = TestFiles.write(dir, "broken.json", "{\"rules\": [\n  {\"id\": \"spam.trigger\", \"severity\": \"catastrophic\"}]}");
        Run bad = run("check", "--campaign", TestFiles.DEMO_CAMPAIGN.toString(), "--recipients", TestFiles.DEMO_RECIPIENTS.toString(),
                "--rules", broken.toString());
        assertEquals(2, bad.code(), bad.err());
        assertTrue(bad.err().contains(broken.toString() + ":2"), bad.err());
    }
}
