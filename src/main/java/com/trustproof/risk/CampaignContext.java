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

    /** Numbers of the distinct values in messages, for the value rules' kept verdicts (single thread). */
    final ValueIds valueIds = new ValueIds();

    /** Trait verdicts per distinct persona value (single thread). */
    final TraitVerdicts traits = new TraitVerdicts();

    /** Scratch for a view's full hit list (single thread). */
    final Skeleton.HitList allHits = new Skeleton.HitList();
    final Skeleton.HitList snippetHits = new Skeleton.HitList();
    @SuppressWarnings("unchecked")
    private final java.util.Map<String, Skeleton>[] skeletons = new java.util.Map[]{
            new java.util.HashMap<>(), new java.util.HashMap<>(), new java.util.HashMap<>()};
    private static final int MAX_SKELETONS = 512;
    /** Each field's last path and its skeleton (see {@link #layout}). */
    private final String[] lastPath = new String[3];
    private final Skeleton[] lastSkeleton = new Skeleton[3];
    /** Window hits kept by all skeletons of this pass together (a few MB at most). */
    private final Skeleton.WindowBudget windowBudget = new Skeleton.WindowBudget(Skeleton.MAX_WINDOWS);
    /** Fields with values shorter than this are scanned in full (0 in tests: cache everything). */
    int shortField = 160;
    /** Off: text rules scan every message in full (the reference behaviour, for tests). */
    boolean cacheLiterals = true;

    @SuppressWarnings("unchecked")
    private final KeptResults<String, PhraseFamilies.Hits>[] shortTextHits = new KeptResults[]{
            new KeptResults<>(), new KeptResults<>(), new KeptResults<>()};

    /**
     * The phrase hits of a whole field text. A short field (a subject) reads the same for everyone
     * with the same name, so its hits are kept by text and scanned once per distinct text; a kept
     * hit list is shared and must not be changed.
     */
    PhraseFamilies.Hits fullScanHits(int field, String text) {
        KeptResults<String, PhraseFamilies.Hits> byText = shortTextHits[field];
        if (!cacheLiterals || text.length() >= shortField) {
            families.scan(text, hitBuffers[field]);
            return hitBuffers[field];
        }
        PhraseFamilies.Hits known = byText.get(text);
        if (known != null) return known;
        PhraseFamilies.Hits scanned = new PhraseFamilies.Hits();
        families.scan(text, scanned);
        return byText.keep(text, scanned);
    }

    /** The literal layout of one plain field on a rendering path, or null when none applies. */
    MessageContext.Layout layout(com.trustproof.model.MessageField field, String path,
                                 com.trustproof.render.RenderedText rendered) {
        List<com.trustproof.render.TokenSpan> spans = rendered.spans();
        int values = 0;
        for (int s = 0; s < spans.size(); s++) {
            if (spans.get(s).source() == com.trustproof.render.TokenSpan.Source.VALUE) values++;
        }
        int[] gapA = new int[values], gapB = new int[values];
        com.trustproof.render.TokenSpan[] valueSpans = new com.trustproof.render.TokenSpan[values];
        int k = 0;
        int lastEnd = 0;
        for (int s = 0; s < spans.size(); s++) {
            com.trustproof.render.TokenSpan span = spans.get(s);
            if (span.source() != com.trustproof.render.TokenSpan.Source.VALUE) continue;
            if (span.start() < lastEnd || span.end() < span.start()) return null;   // not in output order
            gapA[k] = span.start();
            gapB[k] = span.end();
            valueSpans[k] = span;
            lastEnd = span.end();
            k++;
        }
        String text = rendered.text();
        if (!cacheLiterals || lastEnd > text.length()) return null;
        // a short field with values (a subject) is mostly window anyway: a full scan is cheaper
        if (values > 0 && text.length() < shortField) return null;
        java.util.Map<String, Skeleton> byPath = skeletons[field.ordinal()];
        // most recipients take the path the one before took, and the renderer then hands out the same
        // string; a wrong skeleton could do no harm anyway: matches() below checks the text against it
        Skeleton skeleton = path == lastPath[field.ordinal()] ? lastSkeleton[field.ordinal()] : byPath.get(path);
        int[] offsets = new int[values + 1];
        if (skeleton == null) {
            if (byPath.size() >= MAX_SKELETONS) return null;
            skeleton = new Skeleton(text, gapA, gapB, values, windowBudget);
            byPath.put(path, skeleton);
        }
        lastPath[field.ordinal()] = path;
        lastSkeleton[field.ordinal()] = skeleton;
        if (!skeleton.matches(text, gapA, gapB, values, offsets)) return null;
        String[] valueTexts = new String[values];
        for (int g = 0; g < values; g++) valueTexts[g] = valueSpans[g].text(text);
        return new MessageContext.Layout(skeleton, text, gapA, gapB, valueTexts, values, offsets);
    }

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
