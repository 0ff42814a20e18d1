package com.trustproof.risk;

import com.trustproof.model.Assumption;
import com.trustproof.model.Campaign;
import com.trustproof.model.Finding;
import com.trustproof.model.Format;
import com.trustproof.model.Recipient;
import com.trustproof.render.CompiledCampaign;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A list checked in parts by several passes and merged reads exactly as one pass over it. */
class SplitCheckTest {
    private static final RiskEngine ENGINE = RiskEngine.defaults();
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    private static final Set<String> KNOWN = Set.of("email", "first_name", "last_name", "consent", "segment", "interests");
    /** More recipients than the affected-id cap, so merging must cut the id lists where one pass would. */
    private static final int RECIPIENTS = AffectedSet.ID_CAP * 2 + 500;

    /** Every kind of campaign-wide count: no-fallback tokens, a declared and a phrased assumption, template-only findings. */
    private static final Campaign CAMPAIGN = new Campaign("c", "Acme <a@acme.example>", "{{first_name}}, spring is here",
            "New grip for your trails", "Hi {{first_name}} {{last_name}},\nas a fellow runner you know the feeling. {{frist_name}} {{first_name}",
            Format.TEXT, List.of("trail-runners"),
            List.of(new Assumption("interests", Assumption.Match.CONTAINS, List.of("running"), "opening line: 'as a fellow runner'")));

    private static Recipient recipient(long id) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("email", "r" + id + "@example.com");
        attributes.put("first_name", id % 3 == 0 ? "" : "Anna");
        attributes.put("last_name", id % 5 == 0 ? "" : "Lopez");
        attributes.put("consent", "subscribed");
        attributes.put("segment", "trail-runners");
        attributes.put("interests", id % 2 == 0 ? "golf" : "running");
        return new Recipient(id, attributes.get("email"), attributes);
    }

    @Test
    void passesOverInterleavedBatchesMergeIntoTheSinglePassResult() {
        CompiledCampaign compiled = CompiledCampaign.compile(CAMPAIGN);
        CampaignCheck single = ENGINE.begin(compiled, KNOWN, TODAY);
        List<CampaignCheck> parts = List.of(ENGINE.begin(compiled, KNOWN, TODAY), ENGINE.begin(compiled, KNOWN, TODAY),
                ENGINE.begin(compiled, KNOWN, TODAY));
        List<List<Finding>> singleFindings = new ArrayList<>(), splitFindings = new ArrayList<>();
        for (long id = 1; id <= RECIPIENTS; id++) {
            Recipient r = recipient(id);
            singleFindings.add(single.check(r, compiled.render(r)).findings());
            // batches of 7 dealt out unevenly, as free workers take them
            int part = (int) ((id / 7) % 5 % parts.size());
            splitFindings.add(parts.get(part).check(r, compiled.render(r)).findings());
        }
        assertEquals(singleFindings, splitFindings);

        CampaignCheck merged = parts.get(0);
        merged.absorb(parts.get(1));
        merged.absorb(parts.get(2));
        List<CampaignFinding> expected = single.finish();
        assertEquals(expected, merged.finish());
        assertEquals(RECIPIENTS, merged.checked());
        List<String> rules = expected.stream().map(f -> f.finding().rule()).toList();
        assertTrue(rules.containsAll(List.of("token.no-fallback", "segment.too-broad", "token.unknown-field", "token.malformed")), rules.toString());
        assertTrue(expected.stream().anyMatch(f -> f.affectedIds().size() == AffectedSet.ID_CAP), "the id cap is reached");
    }

    @Test
    void refusesAPassOverAnotherCampaign() {
        CampaignCheck one = ENGINE.begin(CompiledCampaign.compile(CAMPAIGN), KNOWN, TODAY);
        CampaignCheck other = ENGINE.begin(CompiledCampaign.compile(CAMPAIGN), KNOWN, TODAY);
        assertThrows(IllegalArgumentException.class, () -> one.absorb(other));
    }
}
