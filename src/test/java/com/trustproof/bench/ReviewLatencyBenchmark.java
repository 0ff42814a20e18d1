package com.trustproof.bench;

import com.trustproof.app.ReviewSession;
import com.trustproof.model.RecipientQuery;
import com.trustproof.model.Severity;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * What the window asks of a large review file, timed: opening it, the first screen, the preview of
 * a random recipient (render + check + read), random jumps in filtered and sorted lists, counts
 * and groups. Prints percentiles in milliseconds and the heap in use.
 * {@code java -cp target/trustproof.jar:target/test-classes com.trustproof.bench.ReviewLatencyBenchmark REVIEW.trustproof}
 */
public final class ReviewLatencyBenchmark {
    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        long started = System.nanoTime();
        try (ReviewSession session = ReviewSession.open(file)) {
            var counts = session.counts();
            session.page(RecipientQuery.all(), 0, 200);
            System.out.printf("open + counts + first page: %.0f ms (%,d recipients)%n", (System.nanoTime() - started) / 1e6, counts.total());
            Random random = new Random(1);
            long total = counts.total();
            report("preview of a random recipient", time(2000, () -> session.detail(1 + (long) (random.nextDouble() * total)).findings().size()));
            for (RecipientQuery query : new RecipientQuery[]{RecipientQuery.all(),
                    RecipientQuery.all().withOrder(RecipientQuery.Order.SCORE_DESC),
                    RecipientQuery.all().withWorst(Set.of(Severity.HIGH), false),
                    RecipientQuery.all().withRule("consent.missing")}) {
                long size = session.count(query);
                report("random jump, " + describe(query), time(200, () -> session.page(query, (long) (random.nextDouble() * Math.max(1, size - 200)), 200).size()));
                long[] offset = {0};
                report("next page, " + describe(query), time(200, () -> session.page(query, offset[0] += 200, 200).size()));
                report("count, " + describe(query), time(5, () -> session.count(query)));
            }
            report("variant groups", time(3, () -> session.groups(200).size()));
            Runtime runtime = Runtime.getRuntime();
            System.gc();
            System.out.printf("heap in use: %,d MB%n", (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        }
    }

    private static String describe(RecipientQuery query) {
        if (query.rule() != null) return "rule " + query.rule();
        if (!query.worst().isEmpty()) return "worst " + query.worst();
        return "order " + query.order();
    }

    private static double[] time(int runs, LongSupplier work) {
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.getAsLong();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static void report(String what, double[] ms) {
        System.out.printf("%-44s p50 %7.2f ms  p95 %7.2f ms  max %7.2f ms  (%d runs)%n", what,
                ms[ms.length / 2], ms[(int) (ms.length * 0.95)], ms[ms.length - 1], ms.length);
    }
}
