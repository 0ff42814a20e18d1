package com.trustproof.risk;

import com.trustproof.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OverridesTest {
    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        Path file = dir.resolve("my-rules.json");
        Files.writeString(file, json);
        return file;
    }

    private static RuleExample text(String body) { return RuleExample.ofText(body); }

    @Test
    void disablesARule() throws IOException {
        RiskEngine engine = RiskEngine.withOverrides(write("{\"rules\": [{\"id\": \"spam.trigger\", \"enabled\": false}]}"));
        assertFalse(engine.rule("spam.trigger").enabled());
        assertTrue(ExampleRun.of(engine, text("Act now, it's 100% free.")).of("spam.trigger").isEmpty());
        assertFalse(ExampleRun.of(RiskEngine.defaults(), text("Act now, it's 100% free.")).of("spam.trigger").isEmpty());
    }

    @Test
    void changesSeverityAndConfidence() throws IOException {
        RiskEngine engine = RiskEngine.withOverrides(write(
                "{\"rules\": [{\"id\": \"privacy.creepy\", \"severity\": \"low\", \"confidence\": 0.5}]}"));
        var findings = ExampleRun.of(engine, text("We noticed you were looking at tents.")).of("privacy.creepy");
        assertEquals(Severity.LOW, findings.get(0).severity());
        assertEquals(0.5, findings.get(0).confidence(), 1e-9);
        assertEquals(Severity.LOW, engine.rule("privacy.creepy").severity());
    }

    @Test
    void extendsAndReplacesPhraseLists() throws IOException {
        RiskEngine extended = RiskEngine.withOverrides(write(
                "{\"rules\": [{\"id\": \"spam.trigger\", \"extend\": {\"phrases\": [\"mega deal\"]}}]}"));
        assertFalse(ExampleRun.of(extended, text("A mega deal for you.")).of("spam.trigger").isEmpty());
        assertFalse(ExampleRun.of(extended, text("Act now.")).of("spam.trigger").isEmpty());

        RiskEngine replaced = RiskEngine.withOverrides(write(
                "{\"rules\": [{\"id\": \"spam.trigger\", \"replace\": {\"phrases\": [\"mega deal\"]}}]}"));
        assertFalse(ExampleRun.of(replaced, text("A mega deal for you.")).of("spam.trigger").isEmpty());
        assertTrue(ExampleRun.of(replaced, text("Act now.")).of("spam.trigger").isEmpty());
    }

    @Test
    void extendsTheAssumptionLexicon() throws IOException {
        RiskEngine engine = RiskEngine.withOverrides(write("""
                {"rules": [{"id": "assumption.mismatch", "extend": {"lexicon": [
                  {"trait": "a skier", "attributes": ["interests"], "values": ["skiing"], "phrases": ["as a fellow skier"]}]}}]}
                """));
        RuleExample example = text("As a fellow skier, you know powder.");
        example.recipient = new java.util.HashMap<>(java.util.Map.of("interests", "golf"));
        assertFalse(ExampleRun.of(engine, example).of("assumption.mismatch").isEmpty());
        assertTrue(ExampleRun.of(RiskEngine.defaults(), example).of("assumption.mismatch").isEmpty());
    }

    @Test
    void syntaxErrorNamesFileLineAndColumn() throws IOException {
        Path file = write("{\"rules\": [\n  {\"id\": \"spam.trigger\",\n   \"enabled\": nope}\n]}");
        RuleFileException e = assertThrows(RuleFileException.class, () -> RiskEngine.withOverrides(file));
        assertEquals(3, e.line());
        assertTrue(e.column() > 1);
        assertTrue(e.getMessage().startsWith(file + ":3:"), e.getMessage());
    }

    @Test
    void unknownRuleAndBadValuesAreErrorsWithPosition() throws IOException {
        Path unknown = write("{\"rules\": [\n  {\"id\": \"spam.trigga\", \"enabled\": false}\n]}");
        RuleFileException e = assertThrows(RuleFileException.class, () -> RiskEngine.withOverrides(unknown));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("unknown rule id spam.trigga"), e.getMessage());

        Path badSeverity = write("{\"rules\": [\n  {\"id\": \"spam.trigger\",\n \"severity\": \"urgent\"}]}");
        RuleFileException s = assertThrows(RuleFileException.class, () -> RiskEngine.withOverrides(badSeverity));
        assertEquals(3, s.line());

        Path badField = write("{\"rules\": [{\"id\": \"spam.trigger\", \"colour\": \"red\"}]}");
        assertThrows(RuleFileException.class, () -> RiskEngine.withOverrides(badField));

        Path badConfidence = write("{\"rules\": [{\"id\": \"spam.trigger\", \"confidence\": 3}]}");
        assertThrows(RuleFileException.class, () -> RiskEngine.withOverrides(badConfidence));
    }

    @Test
    void missingFileIsARuleFileException() {
        assertThrows(RuleFileException.class, () -> RiskEngine.withOverrides(dir.resolve("absent.json")));
    }
}
