package com.trustproof.risk;

import com.trustproof.model.Assumption;
import com.trustproof.model.Campaign;
import com.trustproof.model.Finding;
import com.trustproof.model.Format;
import com.trustproof.model.Recipient;
import com.trustproof.render.CompiledCampaign;
import com.trustproof.render.Rendering;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A pass keeps results by value (verdicts, findings, phrase windows) because a list repeats its
 * values; whatever it kept, each recipient must read exactly as in a pass of its own, which has
 * kept nothing yet. The recipients draw every cell from small pools, so values recur in all
 * combinations, with odd spellings, blanks and missing cells among them.
 */
class KeptResultsEquivalenceTest {
    private static final RiskEngine ENGINE = RiskEngine.defaults();
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    private static final Set<String> KNOWN = Set.of("email", "first_name", "last_name", "consent", "segment", "interests",
            "last_active", "city");

    private static final String[] FIRST = {"Anna", "anna", "ANNA", "Zo\u00eb", "Jos\u00e9", "*|FNAME|*", "J", "Bob", "Robert",
            "Mary Ann", "n/a", "Anna2", " ", "", null, "Customer", "fellow", "TOM & JERRY", "Ann &amp; Bo", "<b>ANN</b>"};
    private static final String[] LAST = {"Lopez", "lopez", "Smith", "", null, "O'Neil"};
    private static final String[] LOCAL = {"anna.lopez", "alopez", "bob.smith", "robert.smith", "info", "maria.lopez+news",
            "jose.lopez", "x.lopez", "zoe", "mary.ann.smith", "j.smith", "smith"};
    private static final String[] CONSENT = {"subscribed", "Subscribed", "unsubscribed", "opted-out", "objected", "pending",
            "weird", "", " ", null};
    private static final String[] SEGMENT = {"trail-runners", "Trail Runners", "hikers", "hikers;trail-runners", "golfers",
            "", null, "golfers; swimmers"};
    private static final String[] ACTIVE = {"2025-12-01", "2023-01-15", "2020-02-30", "03/04/2023", "13/04/2023", "1600000000",
            "yesterday", "", null, "2024-06-30T10:00:00"};
    /** With values that are first names too: what a pass keeps for a value, it keeps per column. */
    private static final String[] CITY = {"Madison", "Boulder", "", null, "FREE", "the trail runner", "Dear Friend", "*|FNAME|*",
            "n/a", "ANNA"};
    private static final String[] INTERESTS = {"running", "hiking;running", "golf", "", null, "Running ; golf", "climbing"};

    private static final Campaign CAMPAIGN = new Campaign("c", "Acme <a@acme.example>",
            "{{ first_name | default: \"Friend\" }}, your next trail starts here", "New grip, same love",
            "Hi {{first_name}},\n\nthe trails around {{ city | default: \"your area\" }} are drying out. As a fellow trail runner, "
                    + "you know the feeling. We noticed you like {{interests}}. Dear customer, ACT NOW!! {{last_name}}",
            Format.TEXT, List.of("trail-runners", "hikers"),
            List.of(new Assumption("interests", Assumption.Match.CONTAINS, List.of("running"), "opening line: 'As a fellow trail runner'")));

    /** The same copy as HTML: values are entity-escaped in the body, so a span's raw text and its value differ. */
    private static final Campaign HTML_CAMPAIGN = new Campaign("c", "Acme <a@acme.example>", CAMPAIGN.subject(), CAMPAIGN.preheader(),
            "<p>" + CAMPAIGN.body().replace("\n\n", "</p><p>") + "</p>", Format.HTML, CAMPAIGN.segments(), CAMPAIGN.assumes());

    @Test
    void aLongPassReadsEveryRecipientAsAFreshPass() { readsAsFreshPasses(CAMPAIGN); }

    @Test
    void aLongPassOverHtmlReadsEveryRecipientAsAFreshPass() { readsAsFreshPasses(HTML_CAMPAIGN); }

    private static void readsAsFreshPasses(Campaign campaign) {
        CompiledCampaign compiled = CompiledCampaign.compile(campaign);
        CampaignCheck kept = ENGINE.begin(compiled, KNOWN, TODAY);
        Random random = new Random(13);
        int withFindings = 0;
        for (long id = 1; id <= 2000; id++) {
            Recipient recipient = recipient(random, id);
            Rendering rendering = compiled.render(recipient);
            List<Finding> expected = ENGINE.begin(compiled, KNOWN, TODAY).check(recipient, rendering).findings();
            assertEquals(expected, kept.check(recipient, rendering).findings(), recipient::toString);
            if (!expected.isEmpty()) withFindings++;
        }
        assertTrue(withFindings > 700, "the pools produce findings: " + withFindings);
    }

    private static Recipient recipient(Random random, long id) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("email", pick(random, LOCAL) + (random.nextBoolean() ? id : "") + "@example.com");
        put(attributes, "first_name", pick(random, FIRST));
        put(attributes, "last_name", pick(random, LAST));
        put(attributes, "consent", pick(random, CONSENT));
        put(attributes, "segment", pick(random, SEGMENT));
        put(attributes, "last_active", pick(random, ACTIVE));
        put(attributes, "city", pick(random, CITY));
        put(attributes, "interests", pick(random, INTERESTS));
        return new Recipient(id, attributes.get("email"), attributes);
    }

    private static void put(Map<String, String> attributes, String field, String value) {
        if (value != null) attributes.put(field, value);
    }

    private static String pick(Random random, String[] pool) { return pool[random.nextInt(pool.length)]; }
}
