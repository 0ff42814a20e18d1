package com.trustproof.risk;

import com.trustproof.model.Campaign;
import com.trustproof.model.FieldNames;
import com.trustproof.render.CompiledCampaign;
import com.trustproof.render.TemplateProblem;
import com.trustproof.render.TokenInfo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What every rule pass may read about the campaign being checked, plus the running totals. */
final class CampaignContext {
    private final CompiledCampaign compiled;
    private final Set<String> knownFields;
    private final LocalDate today;
    private List<TokenInfo> tokens;
    private List<TemplateProblem> problems;
    /** Every checked recipient: campaign-wide template findings affect all of them. */
    final AffectedSet everyone = new AffectedSet();

    /** The engine's combined phrase automaton and one reusable hit buffer per field (single thread). */
    final PhraseFamilies families;
    final PhraseFamilies.Hits[] hitBuffers = {new PhraseFamilies.Hits(), new PhraseFamilies.Hits(), new PhraseFamilies.Hits()};

    CampaignContext(CompiledCampaign compiled, Set<String> knownFields, LocalDate today, PhraseFamilies families) {
        this.families = families;
        this.compiled = compiled;
        this.knownFields = knownFields == null ? Set.of() : Set.copyOf(knownFields);
        this.today = today == null ? LocalDate.now() : today;
    }

    CompiledCampaign compiled() { return compiled; }

    Campaign campaign() { return compiled.campaign(); }

    Set<String> knownFields() { return knownFields; }

    boolean knows(String field) { return knownFields.contains(FieldNames.canonical(field)); }

    LocalDate today() { return today; }

    List<TokenInfo> tokens() {
        if (tokens == null) tokens = List.copyOf(compiled.tokens());
        return tokens;
    }

    List<TemplateProblem> problems() {
        if (problems == null) problems = List.copyOf(compiled.problems());
        return problems;
    }

    long total() { return everyone.count(); }

    /** Parses reused per rendering path (see {@link HtmlBody}); bounded, as paths are few. */
    private final java.util.Map<String, HtmlBody> htmlByPath = new java.util.HashMap<>();
    private static final int MAX_CACHED_PATHS = 512;
    /** How many HTML bodies were served from a reused parse (for tests and tuning). */
    long htmlReused;

    HtmlBody htmlBody(com.trustproof.render.Rendering rendering) {
        HtmlBody reference = htmlByPath.get(rendering.path());
        if (reference != null) {
            HtmlBody reused = HtmlBody.reuse(reference, rendering.body());
            if (reused != null) { htmlReused++; return reused; }
        }
        HtmlBody parsed = HtmlBody.parse(rendering.body());
        if (reference == null && parsed.reusable && htmlByPath.size() < MAX_CACHED_PATHS) {
            htmlByPath.put(rendering.path(), parsed);
        }
        return parsed;
    }

    /** "1 recipient", "312 recipients" */
    static String recipients(long count) {
        return count == 1 ? "1 recipient" : String.format(java.util.Locale.ROOT, "%,d recipients", count);
    }

    /** "3.1%" */
    static String percent(long part, long whole) {
        if (whole == 0) return "0%";
        double share = 100.0 * part / whole;
        return share >= 10 || share == Math.rint(share) ? Math.round(share) + "%" : String.format(java.util.Locale.ROOT, "%.1f%%", share);
    }
}
