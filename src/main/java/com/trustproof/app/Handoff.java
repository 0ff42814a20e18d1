package com.trustproof.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * Runs a producer on its own thread and hands its output, in batches, to the calling thread.
 * Import uses it to parse, render and check on one core while SQLite writes on the other (the
 * SQLite connection stays on the calling thread). A failure on either side stops both and is
 * rethrown on the calling thread; the queue is bounded, so memory stays flat.
 */
final class Handoff {
    private static final Object END = new Object();
    private static final int BATCH = 1000;

    @FunctionalInterface
    interface Producer<T> {
        void produce(Consumer<T> emit) throws Exception;
    }

    @FunctionalInterface
    interface BatchConsumer<T> {
        void accept(List<T> batch) throws Exception;
    }

    private record Failure(Throwable cause) {}

    private Handoff() {}

    @SuppressWarnings("unchecked")
    static <T> void run(Producer<T> producer, BatchConsumer<T> consumer) throws Exception {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
        Thread worker = Thread.ofPlatform().name("trustproof-import-producer").daemon().start(() -> {
            List<T>[] batch = new List[]{new ArrayList<T>(BATCH)};
            try {
                producer.produce(item -> {
                    batch[0].add(item);
                    if (batch[0].size() == BATCH) {
                        put(queue, batch[0]);
                        batch[0] = new ArrayList<>(BATCH);
                    }
                });
                if (!batch[0].isEmpty()) put(queue, batch[0]);
                put(queue, END);
            } catch (Throwable failure) {
                queue.clear(); // make room: the consumer must see the failure, not wait behind old batches
                queue.offer(new Failure(failure));
            }
        });
        try {
            while (true) {
                Object next = queue.take();
                if (next == END) break;
                if (next instanceof Failure failure) rethrow(failure.cause());
                consumer.accept((List<T>) next);
            }
        } finally {
            worker.interrupt();
            worker.join();
        }
    }

    /** {@link #run} for callers outside a transaction: checked failures come back as IllegalStateException. */
    static <T> void runUnchecked(Producer<T> producer, BatchConsumer<T> consumer) {
        try {
            run(producer, consumer);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void put(BlockingQueue<Object> queue, Object item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("import stopped");
        }
    }

    private static void rethrow(Throwable cause) throws Exception {
        if (cause instanceof Exception e) throw e;
        if (cause instanceof Error e) throw e;
        throw new IllegalStateException(cause);
    }
}
