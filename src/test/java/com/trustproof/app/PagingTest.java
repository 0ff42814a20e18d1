package com.trustproof.app;

import com.trustproof.TestFiles;
import com.trustproof.model.DecisionStatus;
import com.trustproof.model.RecipientQuery;
import com.trustproof.model.RecipientRow;
import com.trustproof.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keyset pages, id jumps and plain offsets must all show the same list, in every order and filter. */
class PagingTest {
    @TempDir
    Path dir;

    @Test
    void everyWayOfPagingShowsTheSameRows() {
        try (ReviewSession session = ReviewSession.importFiles(dir.resolve("p.trustproof"), TestFiles.DEMO_CAMPAIGN,
                TestFiles.DEMO_RECIPIENTS, Progress.NONE)) {
            List<RecipientQuery> queries = new ArrayList<>();
            for (RecipientQuery.Order order : RecipientQuery.Order.values()) {
                RecipientQuery all = RecipientQuery.all().withOrder(order);
                queries.add(all);
                queries.add(all.withWorst(Set.of(Severity.HIGH, Severity.MEDIUM), false));
                queries.add(all.withRule("consent.missing"));
                queries.add(all.withSearch("example.net"));
            }
            Random random = new Random(5);
            for (RecipientQuery query : queries) {
                List<RecipientRow> whole = session.page(query, 0, 10_000);
                assertEquals(session.count(query), whole.size(), query.toString());
                List<RecipientRow> paged = new ArrayList<>();
                for (int offset = 0; offset < whole.size(); offset += 17) paged.addAll(session.page(query, offset, 17));
                assertEquals(whole, paged, "sequential pages of " + query);
                for (int i = 0; i < 20 && !whole.isEmpty(); i++) {
                    int offset = random.nextInt(whole.size());
                    assertEquals(whole.subList(offset, Math.min(whole.size(), offset + 9)), session.page(query, offset, 9),
                            "jump to " + offset + " in " + query);
                }
            }
        }
    }

    @Test
    void pagesFollowDecisionsThatChangeMembership() {
        try (ReviewSession session = ReviewSession.importFiles(dir.resolve("p.trustproof"), TestFiles.DEMO_CAMPAIGN,
                TestFiles.DEMO_RECIPIENTS, Progress.NONE)) {
            RecipientQuery pending = RecipientQuery.all().withStatuses(Set.of(DecisionStatus.PENDING));
            List<RecipientRow> first = session.page(pending, 0, 20);
            session.page(pending, 20, 20);
            session.decide(first.get(0).id(), DecisionStatus.REJECTED, "no");
            List<RecipientRow> after = session.page(pending, 19, 20);
            assertEquals(session.page(pending, 0, 1000).subList(19, 39), after);
            assertTrue(after.stream().noneMatch(r -> r.id() == first.get(0).id()));
            session.decide(first.get(1).id(), DecisionStatus.APPROVED, null);
            session.decide(first.get(1).id(), DecisionStatus.REJECTED, "changed my mind");
            try (ReviewSession fresh = ReviewSession.open(session.file())) {
                assertEquals(fresh.counts(), session.counts(), "totals kept up to date match a fresh count");
            }
        }
    }
}
