package com.trustproof.risk;

import com.trustproof.model.Finding;
import com.trustproof.render.TokenSpan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * spam.shouting: ALL-CAPS words, "!!" runs and "$$" runs. A message may shout "allowance" times
 * (a "NEW" badge is fine); past that, every shout is reported. Known acronyms and substituted
 * values (value.casing's business) never count.
 */
final class SpamShoutingRule implements Rule {
    private final RuleSpec spec;
    private final Set<String> acronyms = new HashSet<>();
    private final int allowance;
    private final int minLetters;

    SpamShoutingRule(RuleSpec spec) {
        this.spec = spec;
        for (String acronym : spec.list("acronyms")) acronyms.add(acronym.strip().toUpperCase(Locale.ROOT));
        this.allowance = (int) spec.param("allowance", 2);
        this.minLetters = (int) spec.param("minLetters", 3);
    }

    @Override public RuleSpec spec() { return spec; }

    @Override
    public RulePass begin(CampaignContext campaign) {
        return new RulePass() {
            @Override
            public void check(MessageContext message, List<Finding> out) {
                List<int[]> shouts = null;   // [view, start, end], allocated only when someone shouts
                List<TextView> views = message.views();
                for (int v = 0; v < views.size(); v++) {
                    TextView view = views.get(v);
                    String text = view.text;
                    int i = 0;
                    while (i < text.length()) {
                        char c = text.charAt(i);
                        int end;
                        if (c == '!' || c == '$') {
                            end = i;
                            while (end < text.length() && text.charAt(end) == c) end++;
                            if (end - i < 2) { i = end; continue; }
                        } else if (Character.isLetterOrDigit(c)) {
                            end = i;
                            while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '\'')) end++;
                            if (!isShoutedWord(text, i, end) || view.overlapsSpan(i, end, TokenSpan.Source.VALUE)) { i = end; continue; }
                        } else { i++; continue; }
                        if (shouts == null) shouts = new ArrayList<>();
                        shouts.add(new int[]{v, i, end});
                        i = end;
                    }
                }
                if (shouts == null || shouts.size() <= allowance) return;
                for (int[] shout : shouts) {
                    out.add(views.get(shout[0]).finding(spec, shout[1], shout[2], 1.0, "count", String.valueOf(shouts.size())));
                }
            }
        };
    }

    private boolean isShoutedWord(String text, int start, int end) {
        int letters = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) return false;      // SKU123, 4K
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) return false;
                letters++;
            }
        }
        return letters >= minLetters && !acronyms.contains(text.substring(start, end));
    }
}
