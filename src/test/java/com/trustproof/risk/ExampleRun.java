package com.trustproof.risk;

import com.trustproof.model.Assumption;
import com.trustproof.model.Campaign;
import com.trustproof.model.FieldNames;
import com.trustproof.model.Finding;
import com.trustproof.model.Format;
import com.trustproof.model.Recipient;
import com.trustproof.render.CompiledCampaign;
import com.trustproof.render.Rendering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Runs one rule example (or any small campaign) through the engine and collects every finding. */
final class ExampleRun {
    /** The persona an example's recipient is merged over: consenting, named, recently active. */
    static Map<String, String> typicalPersona() {
        Map<String, String> persona = new LinkedHashMap<>();
        persona.put("email", "anna.berg@example.com");
        persona.put("first_name", "Anna");
        persona.put("last_name", "Berg");
        persona.put("consent", "subscribed");
        persona.put("last_active", "2025-10-01");
        return persona;
    }

    final List<Finding> recipientFindings = new ArrayList<>();
    final List<CampaignFinding> campaignFindings = new ArrayList<>();
    final List<RecipientCheck> checks = new ArrayList<>();

    static ExampleRun of(RiskEngine engine, RuleExample example) {
        Campaign campaign = new Campaign("example", "Acme <hello@acme.example>", example.subject, example.preheader,
                example.body, "html".equalsIgnoreCase(example.format) ? Format.HTML : Format.TEXT,
                example.segments, assumptions(example.assumes));
        List<Recipient> recipients = new ArrayList<>();
        List<Map<String, String>> rows = example.recipients != null ? example.recipients : List.of(example.recipientOrEmpty());
        long id = 1;
        Set<String> known = new LinkedHashSet<>();
        for (Map<String, String> row : rows) {
            Map<String, String> attributes = new LinkedHashMap<>();
            typicalPersona().forEach((k, v) -> attributes.put(FieldNames.canonical(k), v));
            row.forEach((k, v) -> {
                if (v == null) attributes.remove(FieldNames.canonical(k));
                else attributes.put(FieldNames.canonical(k), v);
            });
            known.addAll(attributes.keySet());
            recipients.add(new Recipient(id++, attributes.get("email"), attributes));
        }
        if (example.known != null) {
            known.clear();
            for (String k : example.known) known.add(FieldNames.canonical(k));
        }
        LocalDate today = example.today == null ? LocalDate.of(2026, 1, 1) : LocalDate.parse(example.today);
        return run(engine, campaign, recipients, known, today);
    }

    static ExampleRun run(RiskEngine engine, Campaign campaign, List<Recipient> recipients, Set<String> known, LocalDate today) {
        CompiledCampaign compiled = CompiledCampaign.compile(campaign);
        ExampleRun run = new ExampleRun();
        CampaignCheck check = engine.begin(compiled, known, today);
        for (Recipient recipient : recipients) {
            RecipientCheck result = check.check(recipient, render(compiled, recipient));
            run.checks.add(result);
            run.recipientFindings.addAll(result.findings());
        }
        run.campaignFindings.addAll(check.finish());
        return run;
    }

    static Rendering render(CompiledCampaign compiled, Recipient recipient) {
        return compiled.render(recipient);
    }

    List<Finding> all() {
        List<Finding> all = new ArrayList<>(recipientFindings);
        for (CampaignFinding f : campaignFindings) all.add(f.finding());
        return all;
    }

    List<Finding> of(String rule) {
        return all().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    static List<Assumption> assumptions(List<Map<String, Object>> raw) {
        List<Assumption> out = new ArrayList<>();
        for (Map<String, Object> a : raw) {
            String attribute = (String) a.get("attribute");
            String reason = (String) a.get("reason");
            if (a.containsKey("equals")) out.add(new Assumption(attribute, Assumption.Match.EQUALS, List.of((String) a.get("equals")), reason));
            else if (a.containsKey("contains")) out.add(new Assumption(attribute, Assumption.Match.CONTAINS, List.of((String) a.get("contains")), reason));
            else {
                @SuppressWarnings("unchecked") List<String> values = (List<String>) a.get("in");
                out.add(new Assumption(attribute, Assumption.Match.IN, values, reason));
            }
        }
        return out;
    }
}
