package com.trustproof.risk;

import com.trustproof.model.Finding;
import com.trustproof.model.MessageField;
import com.trustproof.render.TokenInfo;
import com.trustproof.render.TokenSpan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * token.no-fallback: a token without fallback that some recipients have no value for. Counted from
 * the renderer's MISSING spans, so tokens inside branches a recipient never sees do not count.
 */
final class TokenNoFallbackRule implements Rule {
    private final RuleSpec spec;
    private final ToolFields toolFields;

    TokenNoFallbackRule(RuleSpec spec, ToolFields toolFields) {
        this.spec = spec;
        this.toolFields = toolFields;
    }

    @Override public RuleSpec spec() { return spec; }

    @Override
    public RulePass begin(CampaignContext campaign) { return new Pass(campaign); }

    private final class Pass implements RulePass {
        private final CampaignContext campaign;
        /** Key: field ordinal and token start in its template. */
        private final Map<Long, AffectedSet> missing = new HashMap<>();

        Pass(CampaignContext campaign) { this.campaign = campaign; }

        @Override
        public void check(MessageContext message, List<Finding> out) {
            for (MessageField field : MessageField.values()) {
                List<TokenSpan> spans = message.rendering.field(field).spans();
                for (int s = 0; s < spans.size(); s++) {   // by index: an iterator a field a message is garbage
                    TokenSpan span = spans.get(s);
                    if (span.source() == TokenSpan.Source.MISSING) {
                        missing.computeIfAbsent(key(field, span.sourceStart()), k -> new AffectedSet())
                                .add(message.recipient.id());
                    }
                }
            }
        }

        @Override
        public void absorb(RulePass other) {
            ((Pass) other).missing.forEach((key, affected) -> missing.computeIfAbsent(key, k -> new AffectedSet()).absorb(affected));
        }

        @Override
        public void finish(List<CampaignFinding> out) {
            long total = campaign.total();
            for (TokenInfo token : campaign.tokens()) {
                AffectedSet affected = missing.get(key(token.field(), token.start()));
                if (token.hasFallback() || affected == null || toolFields.contains(token.fieldName())) continue;
                // a column the list lacks is token.unknown-field's finding; do not report it twice
                if (!campaign.knownFields().isEmpty() && !campaign.knownFields().contains(token.fieldName())) continue;
                Finding finding = spec.finding(token.field(), token.start(), token.end(), token.source(),
                        "token", token.source(), "count", String.valueOf(affected.count()),
                        "recipients", CampaignContext.recipients(affected.count()),
                        "share", CampaignContext.percent(affected.count(), total),
                        "field", token.fieldName() == null ? "value" : token.fieldName().replace('_', ' '));
                out.add(new CampaignFinding(finding, affected.count(), total, affected.ids()));
            }
        }
    }

    private static long key(MessageField field, int sourceStart) {
        return ((long) field.ordinal() << 32) | (sourceStart & 0xffffffffL);
    }
}
