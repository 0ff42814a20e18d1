package com.trustproof.risk;

import com.trustproof.model.Campaign;
import com.trustproof.model.Finding;
import com.trustproof.model.Format;
import com.trustproof.model.Recipient;
import com.trustproof.model.Severity;
import com.trustproof.render.CompiledCampaign;
import com.trustproof.render.RenderedText;
import com.trustproof.render.Rendering;
import com.trustproof.render.TokenSpan;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The three levels (template, rendered message, persona) and how findings link up. */
class CampaignCheckTest {
    private static final RiskEngine ENGINE = RiskEngine.defaults();
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    private static final Set<String> KNOWN = Set.of("email", "first_name", "last_name", "consent");

    private static Recipient recipient(long id, String firstName) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("email", "r" + id + "@example.com");
        attributes.put("first_name", firstName);
        attributes.put("consent", "subscribed");
        return new Recipient(id, "r" + id + "@example.com", attributes);
    }

    private static Campaign body(String body, Format format) {
        return new Campaign("c", "Acme <a@acme.example>", "Spring", "", body, format, List.of(), List.of());
    }

    @Test
    void missingNameIsReportedOnEveryAffectedRecipientAndCountedOnTheToken() {
        Campaign campaign = body("Hi {{first_name}},\nour spring range is here.", Format.TEXT);
        CompiledCampaign compiled = CompiledCampaign.compile(campaign);
        CampaignCheck check = ENGINE.begin(compiled, KNOWN, TODAY);
        List<Long> missing = new ArrayList<>();
        for (long id = 1; id <= 10_000; id++) {
            Recipient r = recipient(id, id % 32 == 0 && id <= 9984 ? " " : "Anna");
            RecipientCheck result = check.check(r, compiled.render(r));
            boolean unresolved = result.findings().stream().anyMatch(f -> f.rule().equals("token.unresolved"));
            if (unresolved) missing.add(id);
            assertEquals(unresolved, Recipient.isMissing(r.firstName()));
        }
        assertEquals(312, missing.size());
        List<CampaignFinding> wide = check.finish();
        CampaignFinding noFallback = wide.stream().filter(f -> f.finding().rule().equals("token.no-fallback")).findFirst().orElseThrow();
        assertEquals(312, noFallback.affected());
        assertEquals(10_000, noFallback.total());
        assertEquals(missing, noFallback.affectedIds());
        assertEquals("`{{first_name}}` has no fallback; 312 recipients (3.1%) have no first name", noFallback.finding().message());
        assertEquals(3, noFallback.finding().start());
        assertEquals("{{first_name}}", noFallback.finding().text());
        assertEquals(Severity.MEDIUM, noFallback.finding().severity());
    }

    @Test
    void affectedIdsAreCapped() {
        Campaign campaign = body("Hi {{frist_name}}", Format.TEXT);
        CompiledCampaign compiled = CompiledCampaign.compile(campaign);
        CampaignCheck check = ENGINE.begin(compiled, KNOWN, TODAY);
        for (long id = 1; id <= 10_050; id++) {
            Recipient r = recipient(id, "Anna");
            check.check(r, compiled.render(r));
        }
        CampaignFinding unknown = check.finish().stream().filter(f -> f.finding().rule().equals("token.unknown-field")).findFirst().orElseThrow();
        assertEquals(10_050, unknown.affected());
        assertEquals(AffectedSet.ID_CAP, unknown.affectedIds().size());
        assertTrue(unknown.finding().message().contains("Did you mean first_name?"), unknown.finding().message());
    }

    @Test
    void templateOnlyCheckForTheEditor() {
        Campaign campaign = body("Hi {{frist_name}, as a fellow Christian you will love this. *|FNAME|", Format.TEXT);
        List<Finding> findings = ENGINE.checkTemplate(CompiledCampaign.compile(campaign), KNOWN);
        assertTrue(findings.stream().anyMatch(f -> f.rule().equals("token.malformed")), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.rule().equals("assumption.sensitive")
                && f.text().equals("as a fellow Christian")), findings.toString());
    }

    @Test
    void handBuiltSpansDriveValueRules() {
        String text = "Hi JOHN, welcome. Hi , again";
        RenderedText body = new RenderedText(text, List.of(
                new TokenSpan(3, 7, 3, 17, "first_name", TokenSpan.Source.VALUE),
                new TokenSpan(21, 21, 31, 45, "first_name", TokenSpan.Source.MISSING)));
        Rendering rendering = new Rendering(new RenderedText("Spring", List.of()), new RenderedText("", List.of()), body, "p");
        Campaign campaign = body("Hi {{first_name}}, welcome. Hi {{first_name}}, again", Format.TEXT);
        CampaignCheck check = ENGINE.begin(CompiledCampaign.compile(campaign), KNOWN, TODAY);
        RecipientCheck result = check.check(recipient(1, "JOHN"), rendering);
        Finding casing = result.findings().stream().filter(f -> f.rule().equals("value.casing")).findFirst().orElseThrow();
        assertEquals(3, casing.start());
        assertEquals("JOHN", casing.text());
        assertEquals("Write it as \"John\".", casing.suggestion());
        Finding unresolved = result.findings().stream().filter(f -> f.rule().equals("token.unresolved")).findFirst().orElseThrow();
        assertEquals(21, unresolved.start());
        assertEquals(21, unresolved.end());
        // score: HIGH 10 × 1.0 + LOW 1 × 0.9, rounded
        assertEquals(11, result.score());
        assertEquals(Severity.HIGH, result.worst());
    }

    @Test
    void htmlTextFindingsPointIntoTheRenderedSource() {
        Campaign campaign = body("<html><body><p>Hi {{first_name}}, we <b>noticed</b> you\nwere looking at tents.</p>"
                + "<p>Log in at <a href=\"https://evil.example.net/x\">www.acme.com</a></p>"
                + "<img src=\"https://t.example.net/o.gif\" width=\"1\" height=\"1\"></body></html>", Format.HTML);
        CompiledCampaign compiled = CompiledCampaign.compile(campaign);
        Recipient r = recipient(1, "Anna");
        Rendering rendering = compiled.render(r);
        String html = rendering.body().text();
        RecipientCheck result = ENGINE.begin(compiled, KNOWN, TODAY).check(r, rendering);
        Finding creepy = result.findings().stream().filter(f -> f.rule().equals("privacy.creepy")).findFirst().orElseThrow();
        assertEquals("we <b>noticed</b> you", creepy.text());
        assertEquals(1, result.findings().stream().filter(f -> f.rule().equals("privacy.creepy")).count());
        assertEquals(creepy.text(), html.substring(creepy.start(), creepy.end()));
        Finding link = result.findings().stream().filter(f -> f.rule().equals("html.link-mismatch")).findFirst().orElseThrow();
        assertEquals("www.acme.com", link.text());
        assertEquals("www.acme.com", html.substring(link.start(), link.end()));
        Finding pixel = result.findings().stream().filter(f -> f.rule().equals("html.tracking-pixel")).findFirst().orElseThrow();
        assertTrue(pixel.text().startsWith("<img"), pixel.text());
    }

    @Test
    void personaLevelFindingsHaveNoField() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("email", "x@example.com");
        attributes.put("consent", "objected");
        attributes.put("last_active", "2020-01-01");
        Recipient r = new Recipient(1, "x@example.com", attributes);
        Campaign campaign = body("Spring is here.", Format.TEXT);
        CompiledCampaign compiled = CompiledCampaign.compile(campaign);
        RecipientCheck result = ENGINE.begin(compiled, Set.of("email", "consent", "last_active"), TODAY).check(r, compiled.render(r));
        Finding consent = result.findings().stream().filter(f -> f.rule().equals("consent.missing")).findFirst().orElseThrow();
        assertEquals(null, consent.field());
        assertTrue(consent.message().contains("GDPR art. 21"), consent.message());
        Finding stale = result.findings().stream().filter(f -> f.rule().equals("data.stale")).findFirst().orElseThrow();
        assertTrue(stale.message().contains("2020-01-01"), stale.message());
    }

    @Test
    void tooBroadReportsTheShare() {
        RuleExample example = RuleExample.ofText("As a fellow runner, you will love this.");
        example.recipients = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            example.recipients.add(new LinkedHashMap<>(Map.of("email", i + "@example.com", "interests", i < 6 ? "running" : "golf")));
        }
        ExampleRun run = ExampleRun.of(ENGINE, example);
        CampaignFinding broad = run.campaignFindings.stream().filter(f -> f.finding().rule().equals("segment.too-broad")).findFirst().orElseThrow();
        assertEquals(4, broad.affected());
        assertTrue(broad.finding().message().contains("only 60% of recipients"), broad.finding().message());
        assertEquals("As a fellow runner", broad.finding().text());
        assertEquals(4, run.of("assumption.mismatch").size());
        assertFalse(run.of("assumption.mismatch").isEmpty());
    }

    @Test
    void aPhraseInAConditionalBranchCountsOnlyRecipientsWhoGetIt() {
        RuleExample example = RuleExample.ofText("*|IF:INTERESTS=running|*As a fellow runner, you will love this. *|END:IF|*Spring sale.");
        example.recipients = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            example.recipients.add(new LinkedHashMap<>(Map.of("email", i + "@example.com", "interests", i < 6 ? "running" : "golf")));
        }
        ExampleRun run = ExampleRun.of(ENGINE, example);
        assertTrue(run.of("segment.too-broad").isEmpty(), run.all().toString());
        assertTrue(run.of("assumption.mismatch").isEmpty(), run.all().toString());
    }

    @Test
    void rulesAreListedForTheUi() {
        List<RuleDescriptor> rules = ENGINE.rules();
        assertEquals(20, rules.size());
        assertTrue(rules.stream().allMatch(r -> r.enabled() && !r.message().isEmpty()));
    }
}
