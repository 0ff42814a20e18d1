package com.trustproof.risk;

import com.trustproof.model.Campaign;
import com.trustproof.model.Finding;
import com.trustproof.model.Format;
import com.trustproof.model.Recipient;
import com.trustproof.render.CompiledCampaign;
import com.trustproof.render.Rendering;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Literal caching (scan the template's literal text once per rendering path, only windows around
 * values per recipient) must find exactly what a full scan of every message finds, including
 * phrases, shouts and left-over syntax that a value completes or breaks across a boundary.
 */
class LiteralCacheEquivalenceTest {
    private static final String[] LITERALS = {
            "Hi ", ", ", "as a fellow ", "trail runner", " runner", "we noticed ", "you were looking at ", "we ",
            "noticed", "  ", " \n\t ", "FREE", " ACT NOW", "!!", "$$", "!", "don\u2019t delete", "dear ", "friend",
            "click here", "x", "'", "''", "Spring is on its way. ", "AMAZING DEAL", "{{", "}}", "*|FNAME|*", "%%",
            "%%Name%%", "{contactfield=x}", "${", "|", "fellow trail ", "-", "\u00e9t\u00e9 ", "NEW ", "SALE "};
    private static final String[] VALUES = {
            "Anna", "runner", "fellow", "trail runner", " noticed you", "noticed you ", "we", "FREE", "NOW", "ACT",
            "!!", "!", "$", "click", "here", "x", " ", "  ", "Dear", "friend", "{{x}}", "}}", "O'BRIEN", "'s",
            "BIGCAPS", "\u00c9MILE", "Jos\u00e9", "*|", "%", "a b", "were looking at", "looking", "at"};

    @Test
    void phraseHitsMatchAFullScan() {
        PhraseMatcher matcher = PhraseMatcher.compile(List.of("as a fellow trail runner", "trail runner", "fellow",
                "we noticed you", "you were looking at", "noticed", "a", "dear friend", "don't delete", "click here",
                "act now", "free", "runner", "x"));
        Random random = new Random(42);
        for (int round = 0; round < 400; round++) {
            int gaps = random.nextInt(5);
            String[] segments = new String[gaps + 1];
            for (int k = 0; k <= gaps; k++) segments[k] = randomText(random, LITERALS, random.nextInt(5));
            assertSkeletonHitsMatchAFullScan(matcher, segments, 40, () -> randomText(random, VALUES, random.nextInt(3)));
        }
    }

    /**
     * Window hits are kept by value when the window reaches no other value. Empty literal segments
     * and empty values put a value next to the start or end of the text in some texts of a skeleton
     * and not in others: a kept window must never carry that over.
     */
    @Test
    void valueKeptWindowsMatchAFullScan() {
        PhraseMatcher matcher = PhraseMatcher.compile(List.of("fellow", "trail runner", "dear friend", "x", "we noticed you"));
        String[] literals = {"", "", " ", "x", "Dear", " fellow ", "trail ", "we noticed"};
        String[] values = {"", "", "fellow", "friend", "runner", "you", " x ", "Anna"};
        Random random = new Random(5);
        for (int round = 0; round < 300; round++) {
            int gaps = 1 + random.nextInt(4);
            String[] segments = new String[gaps + 1];
            for (int k = 0; k <= gaps; k++) segments[k] = literals[random.nextInt(literals.length)];
            assertSkeletonHitsMatchAFullScan(matcher, segments, 100, () -> values[random.nextInt(values.length)]);
        }
    }

    @Test
    void findingsMatchAFullScanForGeneratedCampaigns() {
        RiskEngine engine = RiskEngine.defaults();
        Set<String> known = Set.of("email", "first_name", "last_name", "city", "interests", "consent");
        Random random = new Random(7);
        String[] tokens = {"{{first_name}}", "{{ first_name | default: \"Friend\" }}", "{{city}}",
                "{{ city | default: \"your area\" }}", "{{last_name}}", "*|FNAME|*"};
        for (int round = 0; round < 60; round++) {
            String subject = template(random, tokens, 2);
            String body = template(random, tokens, 6);
            Campaign campaign = new Campaign("c", "Acme <a@acme.example>", subject, template(random, tokens, 1), body,
                    Format.TEXT, List.of(), List.of(new com.trustproof.model.Assumption("interests",
                    com.trustproof.model.Assumption.Match.CONTAINS, List.of("running"), "opening line: 'As a fellow trail runner'")));
            CompiledCampaign compiled = CompiledCampaign.compile(campaign);
            LocalDate today = LocalDate.of(2026, 1, 1);
            CampaignCheck cached = engine.begin(compiled, known, today).cachingEveryField();
            CampaignCheck full = engine.begin(compiled, known, today).withoutLiteralCache();
            for (long id = 1; id <= 150; id++) {
                Recipient recipient = recipient(random, id);
                Rendering rendering = compiled.render(recipient);
                List<Finding> a = cached.check(recipient, rendering).findings();
                List<Finding> b = full.check(recipient, rendering).findings();
                assertEquals(b, a, () -> "body: [" + rendering.body().text() + "] subject: [" + rendering.subject().text() + "]");
            }
            assertEquals(full.finish().toString(), cached.finish().toString());
        }
    }

    /** Short fields (subjects) keep their phrase hits by text: repeated texts must read as if scanned again. */
    @Test
    void repeatedShortFieldsMatchAFullScan() {
        RiskEngine engine = RiskEngine.defaults();
        Set<String> known = Set.of("email", "first_name", "last_name", "city", "interests", "consent");
        Random random = new Random(11);
        String[] tokens = {"{{first_name}}", "{{ first_name | default: \"Friend\" }}", "{{city}}"};
        for (int round = 0; round < 40; round++) {
            Campaign campaign = new Campaign("c", "Acme <a@acme.example>", template(random, tokens, 2), "", template(random, tokens, 1),
                    Format.TEXT, List.of(), List.of());
            CompiledCampaign compiled = CompiledCampaign.compile(campaign);
            LocalDate today = LocalDate.of(2026, 1, 1);
            CampaignCheck cached = engine.begin(compiled, known, today);
            CampaignCheck full = engine.begin(compiled, known, today).withoutLiteralCache();
            for (long id = 1; id <= 200; id++) {
                Recipient recipient = recipient(random, id);   // few distinct values: texts repeat
                Rendering rendering = compiled.render(recipient);
                assertEquals(full.check(recipient, rendering).findings(), cached.check(recipient, rendering).findings(),
                        () -> "subject: [" + rendering.subject().text() + "]");
            }
        }
    }

    private static String template(Random random, String[] tokens, int tokenCount) {
        StringBuilder out = new StringBuilder();
        for (int t = 0; t < tokenCount; t++) {
            out.append(randomText(random, LITERALS, random.nextInt(4)).replace("{{", "{ {").replace("}}", "} }")
                    .replace("*|FNAME|*", "FNAME").replace("${", "$ {"));
            out.append(tokens[random.nextInt(tokens.length)]);
        }
        out.append(randomText(random, LITERALS, random.nextInt(4)).replace("{{", "{ {").replace("}}", "} }")
                .replace("*|FNAME|*", "FNAME").replace("${", "$ {"));
        return out.toString();
    }

    private static Recipient recipient(Random random, long id) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("email", "anna.lopez" + id + "@example.com");
        if (random.nextInt(5) > 0) attributes.put("first_name", randomText(random, VALUES, 1 + random.nextInt(2)));
        if (random.nextInt(3) > 0) attributes.put("last_name", randomText(random, VALUES, 1));
        if (random.nextInt(3) > 0) attributes.put("city", randomText(random, VALUES, 1 + random.nextInt(2)));
        attributes.put("interests", random.nextBoolean() ? "running" : "hiking");
        attributes.put("consent", "subscribed");
        return new Recipient(id, attributes.get("email"), attributes);
    }

    private static String randomText(Random random, String[] parts, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) out.append(parts[random.nextInt(parts.length)]);
        return out.toString();
    }

    /** Texts of one skeleton (these literal segments, values from {@code value}): the skeleton's hits must be a full scan's. */
    private static void assertSkeletonHitsMatchAFullScan(PhraseMatcher matcher, String[] segments, int texts,
                                                         java.util.function.Supplier<String> value) {
        int gaps = segments.length - 1;
        Skeleton skeleton = null;
        for (int r = 0; r < texts; r++) {
            StringBuilder text = new StringBuilder();
            int[] gapA = new int[gaps], gapB = new int[gaps];
            String[] values = new String[gaps];
            for (int k = 0; k <= gaps; k++) {
                text.append(segments[k]);
                if (k < gaps) {
                    gapA[k] = text.length();
                    values[k] = value.get();
                    text.append(values[k]);
                    gapB[k] = text.length();
                }
            }
            String full = text.toString();
            if (skeleton == null) skeleton = new Skeleton(full, gapA, gapB, gaps);
            int[] offsets = new int[gaps + 1];
            assertTrue(skeleton.matches(full, gapA, gapB, gaps, offsets));
            Skeleton.HitList cached = new Skeleton.HitList();
            skeleton.hits(matcher, full, gapA, gapB, values, gaps, offsets, cached);
            List<String> expected = new ArrayList<>();
            matcher.scanAll(full, (p, s, e) -> expected.add(p + "@" + s + "-" + e));
            List<String> actual = new ArrayList<>();
            for (int h = 0; h < cached.size; h++) actual.add(cached.phrase[h] + "@" + cached.start[h] + "-" + cached.end[h]);
            assertEquals(expected, actual, () -> "text: [" + full + "]");
        }
    }
}
