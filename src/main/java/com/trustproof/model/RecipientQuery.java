package com.trustproof.model;


import java.util.Set;

/**
 * A filter and order over the recipient list. Empty sets and null strings mean "any".
 * {@code worst} matches recipients whose worst finding is one of the given severities;
 * {@code clean} adds recipients without findings.
 */
public record RecipientQuery(Set<DecisionStatus> statuses, Set<Severity> worst, boolean includeClean,
                             String rule, String segment, String search, String variant, Order order) {
    public enum Order { LIST, SCORE_DESC, SCORE_ASC, EMAIL }

    public RecipientQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        worst = worst == null ? Set.of() : Set.copyOf(worst);
    }

    public static RecipientQuery all() {
        return new RecipientQuery(Set.of(), Set.of(), true, null, null, null, null, Order.LIST);
    }

    public RecipientQuery withStatuses(Set<DecisionStatus> s) { return new RecipientQuery(s, worst, includeClean, rule, segment, search, variant, order); }
    public RecipientQuery withWorst(Set<Severity> w, boolean clean) { return new RecipientQuery(statuses, w, clean, rule, segment, search, variant, order); }
    public RecipientQuery withRule(String r) { return new RecipientQuery(statuses, worst, includeClean, r, segment, search, variant, order); }
    public RecipientQuery withSegment(String s) { return new RecipientQuery(statuses, worst, includeClean, rule, s, search, variant, order); }
    public RecipientQuery withSearch(String s) { return new RecipientQuery(statuses, worst, includeClean, rule, segment, s, variant, order); }
    public RecipientQuery withVariant(String v) { return new RecipientQuery(statuses, worst, includeClean, rule, segment, search, v, order); }
    public RecipientQuery withOrder(Order o) { return new RecipientQuery(statuses, worst, includeClean, rule, segment, search, variant, o); }
}
