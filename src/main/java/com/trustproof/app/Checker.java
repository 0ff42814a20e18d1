package com.trustproof.app;

import com.trustproof.model.Finding;
import com.trustproof.model.Recipient;
import com.trustproof.render.CompiledCampaign;
import com.trustproof.render.RenderedText;
import com.trustproof.render.Rendering;
import com.trustproof.risk.CampaignCheck;
import com.trustproof.risk.RecipientCheck;
import com.trustproof.store.CheckSummary;
import com.trustproof.store.RecipientTable;

import java.util.List;
import java.util.TreeSet;
import com.trustproof.risk.CampaignFinding;

/**
 * Renders and checks one recipient and sums it up for the list: the glue between render, risk
 * and store. One instance per pass; not thread-safe.
 */
final class Checker {
    private final CompiledCampaign campaign;
    private final java.util.function.Supplier<CampaignCheck> begin;
    private CampaignCheck check;

    /** {@code begin} starts the risk pass on first use: export only renders, and never compiles the rules. */
    Checker(CompiledCampaign campaign, java.util.function.Supplier<CampaignCheck> begin) {
        this.campaign = campaign;
        this.begin = begin;
    }

    private CampaignCheck campaignCheck() {
        if (check == null) check = begin.get();
        return check;
    }

    /** One recipient's rendering and check; the list summary (hashes) is computed on first use only. */
    static final class Result {
        private final Rendering rendering;
        private final RecipientCheck check;
        private CheckSummary summary;

        Result(Rendering rendering, RecipientCheck check) {
            this.rendering = rendering;
            this.check = check;
        }

        Rendering rendering() { return rendering; }

        RecipientCheck check() { return check; }

        CheckSummary summary() {
            if (summary == null) summary = summarize(rendering, check);
            return summary;
        }
    }

    /**
     * The rendering alone, for export: an approval is bound to {@link #messageHash} of the
     * rendering, so sending needs no risk check (see the report for the ReviewSession change).
     */
    Rendering render(Recipient recipient) { return campaign.render(recipient); }

    Result check(Recipient recipient) {
        Rendering rendering = campaign.render(recipient);
        return new Result(rendering, campaignCheck().check(recipient, rendering));
    }

    /** Takes over the campaign-wide counts of a checker that checked other recipients of the same list. */
    void absorb(Checker other) { campaignCheck().absorb(other.campaignCheck()); } // a worker that got no rows starts its pass here

    static CheckSummary summarize(Rendering rendering, RecipientCheck result) {
        String ruleList = ruleList(result.findings());
        // recipients who took the same path and have the same findings read the same: one group
        String variant = Long.toHexString(hash64(rendering.path() + "|" + ruleList, 0x9E3779B97F4A7C15L));
        return new CheckSummary(result.score(), RecipientTable.worst(result.worst()), ruleList, variant,
                messageHash(rendering));
    }

    /** " a b c " of the distinct rule ids, sorted; " " when there are none. */
    static String ruleList(List<Finding> findings) {
        if (findings.isEmpty()) return " ";
        if (findings.size() == 1) return " " + findings.get(0).rule() + " ";
        TreeSet<String> rules = new TreeSet<>();
        for (Finding finding : findings) rules.add(finding.rule());
        return " " + String.join(" ", rules) + " ";
    }

    List<CampaignFinding> finishCampaign() { return campaignCheck().finish(); }

    /**
     * The hash an approval is bound to: subject, preheader and body exactly as rendered. Two FNV-1a
     * lanes computed in one pass (same values as two {@link #hash64} calls per field).
     */
    static String messageHash(Rendering rendering) {
        long a = 0xCBF29CE484222325L, b = 0x84222325CBF29CE4L;
        char[] buffer = HASH_BUFFER.get();
        for (int f = 0; f < 3; f++) {
            String text = (f == 0 ? rendering.subject() : f == 1 ? rendering.preheader() : rendering.body()).text();
            int n = text.length();
            if (buffer.length < n) {
                buffer = new char[Math.max(n, buffer.length * 2)];
                HASH_BUFFER.set(buffer);
            }
            text.getChars(0, n, buffer, 0);   // one bulk copy; the loop below then reads a plain array
            long[] lanes = lanes(buffer, n, a, b ^ 0x5bd1e995L);
            a = avalanche(lanes[0]) * 31 + 1;
            b = avalanche(lanes[1]) * 37 + 1;
        }
        char[] out = new char[32];
        hex(a, out, 0);
        hex(b, out, 16);
        return new String(out);
    }

    private static final ThreadLocal<char[]> HASH_BUFFER = ThreadLocal.withInitial(() -> new char[4096]);

    /** Both FNV-1a lanes over chars[0, n) in one loop. */
    private static long[] lanes(char[] chars, int n, long ha, long hb) {
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            ha = (ha ^ c) * 0x100000001B3L;
            hb = (hb ^ c) * 0x100000001B3L;
        }
        return new long[]{ha, hb};
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static void hex(long value, char[] out, int at) {
        for (int i = 15; i >= 0; i--) {
            out[at + i] = HEX[(int) (value & 0xF)];
            value >>>= 4;
        }
    }

    private static long avalanche(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }

    /** FNV-1a over UTF-16 units with a final avalanche: fast, stable, not cryptographic (it need not be). */
    static long hash64(String text, long seed) {
        long h = seed;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001B3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
