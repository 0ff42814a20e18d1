package com.trustproof.store;

import com.trustproof.model.DecisionStatus;
import com.trustproof.model.RecipientQuery;
import com.trustproof.model.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/** A {@link RecipientQuery} turned into a WHERE clause with bound arguments and an ORDER BY. */
record Filter(String where, List<Object> args, String order, RecipientQuery.Order sort) {

    /**
     * {@code segmentCell}: the JSON path of the segment cell in the stored cells ("$[3]"), or null
     * when the list has none. Rows waiting for their check pass have no segment column yet; their
     * segment cell is read instead.
     */
    static Filter of(RecipientQuery query, String segmentCell) {
        List<String> conditions = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (!query.statuses().isEmpty()) {
            conditions.add("status IN (" + placeholders(query.statuses().size()) + ")");
            for (DecisionStatus status : query.statuses()) args.add(status.ordinal());
        }
        if (!query.worst().isEmpty()) {
            conditions.add("(worst IN (" + placeholders(query.worst().size()) + ")" + (query.includeClean() ? " OR worst = 0)" : ")"));
            for (Severity severity : query.worst()) args.add(RecipientTable.worst(severity));
        } else if (!query.includeClean()) {
            conditions.add("worst > 0");
        }
        if (notBlank(query.rule())) {
            conditions.add("id IN (SELECT recipient_id FROM recipient_rule WHERE rule = ?)");
            args.add(query.rule().strip());
        }
        if (notBlank(query.segment())) {
            String wanted = ";" + query.segment().strip() + ";";
            if (segmentCell == null) {
                conditions.add("instr(';' || segment || ';', ?) > 0");
                args.add(wanted);
            } else { // the cell's parts are not stripped yet: spaces are dropped on both sides instead
                conditions.add("(instr(';' || segment || ';', ?) > 0 OR (email = ''"
                        + " AND instr(replace(';' || json_extract(cells, ?) || ';', ' ', ''), replace(?, ' ', '')) > 0))");
                args.addAll(List.of(wanted, segmentCell, wanted));
            }
        }
        if (notBlank(query.search())) {
            // a row still waiting for its check pass has no shown fields yet: its cells are searched instead
            conditions.add("(instr(email_key, ?) > 0 OR instr(lower(name), ?) > 0 OR (email = '' AND instr(lower(cells), ?) > 0))");
            String term = query.search().strip().toLowerCase(Locale.ROOT);
            args.add(term);
            args.add(term);
            args.add(term);
        }
        if (notBlank(query.variant())) {
            conditions.add("variant = ?");
            args.add(query.variant());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        RecipientQuery.Order sort = query.order() == null ? RecipientQuery.Order.LIST : query.order();
        String order = switch (sort) {
            case LIST -> "id";
            case SCORE_DESC -> "score DESC, id";
            case SCORE_ASC -> "score, id";
            case EMAIL -> "email_key, id";
        };
        return new Filter(where, args, order, sort);
    }

    /** The rows after a given sort key, in this filter's order (for keyset pagination). */
    String after() {
        return switch (sort) {
            case LIST -> "id > ?";
            case SCORE_DESC -> "(score < ? OR (score = ? AND id > ?))";
            case SCORE_ASC -> "(score > ? OR (score = ? AND id > ?))";
            case EMAIL -> "(email_key > ? OR (email_key = ? AND id > ?))";
        };
    }

    /** Arguments for {@link #after()} from a row's key: {id} or {score or email_key, id}. */
    List<Object> afterArgs(Object[] key) {
        return sort == RecipientQuery.Order.LIST ? List.of(key[0]) : List.of(key[0], key[0], key[1]);
    }

    /** A row's sort key, from its id, score and email key. */
    Object[] keyOf(long id, int score, String emailKey) {
        return switch (sort) {
            case LIST -> new Object[]{id};
            case SCORE_DESC, SCORE_ASC -> new Object[]{score, id};
            case EMAIL -> new Object[]{emailKey, id};
        };
    }

    /** Identifies the query for remembering page anchors. */
    String cacheKey() { return where + '\u0000' + args + '\u0000' + order; }

    private static boolean notBlank(String text) { return text != null && !text.isBlank(); }

    private static String placeholders(int count) {
        StringJoiner joiner = new StringJoiner(", ");
        for (int i = 0; i < count; i++) joiner.add("?");
        return joiner.toString();
    }
}
