package com.trustproof.app;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderedPipelineTest {
    /** A worker's own state: the items it saw, which must come in reading order. */
    private static final class Seen {
        final List<Integer> items = new ArrayList<>();
    }

    private static void jitter() {
        LockSupport.parkNanos(ThreadLocalRandom.current().nextInt(200_000));
    }

    private static List<Integer> squares(OrderedPipeline pipeline, int count, List<Seen> statesOut) throws Exception {
        List<Integer> out = new ArrayList<>();
        statesOut.addAll(pipeline.<Seen, Integer, List<Integer>>run(
                emit -> { for (int i = 0; i < count; i++) emit.accept(i); },
                Seen::new,
                (seen, batch) -> {
                    jitter();   // workers finish out of order
                    seen.items.addAll(batch);
                    return batch.stream().map(i -> i * i).toList();
                },
                (batch, squares) -> {
                    assertEquals(batch.size(), squares.size());
                    out.addAll(squares);
                }));
        return out;
    }

    @Test
    void workersRunAtTheLowestPriority() throws Exception {
        List<Integer> priorities = java.util.Collections.synchronizedList(new ArrayList<>());
        new OrderedPipeline(2, 3).<Seen, Integer, Integer>run(
                emit -> { for (int i = 0; i < 20; i++) emit.accept(i); },
                Seen::new,
                (seen, batch) -> { priorities.add(Thread.currentThread().getPriority()); return batch.size(); },
                (batch, size) -> { });
        assertTrue(!priorities.isEmpty() && priorities.stream().allMatch(p -> p == Thread.MIN_PRIORITY), priorities.toString());
    }

    @Test
    void severalWorkersGiveExactlyTheSingleWorkerResult() throws Exception {
        List<Seen> oneState = new ArrayList<>(), threeStates = new ArrayList<>();
        List<Integer> single = squares(new OrderedPipeline(1, 1000), 10_007, oneState);
        List<Integer> parallel = squares(new OrderedPipeline(3, 7), 10_007, threeStates);
        assertEquals(single, parallel);
        assertEquals(10_007, single.size());
        assertEquals(1, oneState.size());
        assertEquals(3, threeStates.size());
        List<Integer> all = new ArrayList<>();
        for (Seen seen : threeStates) {
            for (int k = 1; k < seen.items.size(); k++) assertTrue(seen.items.get(k - 1) < seen.items.get(k), "each worker sees its items in order");
            all.addAll(seen.items);
        }
        all.sort(null);
        assertEquals(oneState.get(0).items, all, "every item went to exactly one worker");
    }

    @Test
    void anEmptyInputRunsNothing() throws Exception {
        List<Seen> states = new ArrayList<>();
        assertEquals(List.of(), squares(new OrderedPipeline(2, 5), 0, states));
        assertEquals(2, states.size());
    }

    @Test
    void aReaderFailureReachesTheCaller() {
        IllegalStateException failure = new IllegalStateException("damaged row");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> new OrderedPipeline(2, 10).<Seen, Integer, Integer>run(
                emit -> {
                    for (int i = 0; i < 1000; i++) emit.accept(i);
                    throw failure;
                },
                Seen::new, (seen, batch) -> batch.size(), (batch, size) -> {}));
        assertSame(failure, thrown);
    }

    @Test
    void aWorkerFailureReachesTheCallerInOrder() {
        List<Integer> consumed = new ArrayList<>();
        assertThrows(ArithmeticException.class, () -> new OrderedPipeline(3, 10).<Seen, Integer, Integer>run(
                emit -> { for (int i = 0; i < 100_000; i++) emit.accept(i); },
                Seen::new,
                (seen, batch) -> {
                    jitter();
                    if (batch.get(0) == 500) throw new ArithmeticException("bad batch");
                    return batch.get(0);
                },
                (batch, first) -> consumed.add(first)));
        List<Integer> expected = new ArrayList<>();
        for (int first = 0; first < 500; first += 10) expected.add(first);
        assertEquals(expected, consumed, "every batch before the failed one, in order, and none after");
    }

    @Test
    void aConsumerFailureStopsTheOtherThreads() {
        assertThrows(IllegalArgumentException.class, () -> new OrderedPipeline(2, 10).<Seen, Integer, Integer>run(
                emit -> { for (int i = 0; ; i++) emit.accept(i); },   // endless: only the failure can stop it
                Seen::new, (seen, batch) -> batch.size(),
                (batch, size) -> { if (batch.get(0) == 200) throw new IllegalArgumentException("cannot print"); }));
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().startsWith("trustproof-reader")),
                "the reader thread has stopped");
    }
}
