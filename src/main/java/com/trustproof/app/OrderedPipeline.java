package com.trustproof.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reads items on one thread, works on batches of them on several worker threads, and hands the
 * results to the calling thread in reading order, so the output is the same as one thread's.
 * Each worker owns a state of its own (a check pass is not thread-safe) and takes batches in
 * reading order, so each state sees its share of the items in order; the states come back at the
 * end to be merged. In-flight batches are bounded, so memory stays flat. A failure anywhere stops
 * all threads and is rethrown on the calling thread.
 */
final class OrderedPipeline {
    static final int BATCH = 1000;

    @FunctionalInterface
    interface Work<S, T, R> {
        R apply(S state, List<T> batch) throws Exception;
    }

    @FunctionalInterface
    interface ResultConsumer<T, R> {
        void accept(List<T> batch, R result) throws Exception;
    }

    /** A batch on its way: read in order, worked on by whichever worker is free. */
    private record Job<T, R>(List<T> batch, CompletableFuture<R> result) {}

    private final int workers;
    private final int batchSize;

    OrderedPipeline(int workers, int batchSize) {
        if (workers < 1 || batchSize < 1) throw new IllegalArgumentException("workers and batch size must be positive");
        this.workers = workers;
        this.batchSize = batchSize;
    }

    /** One worker per core: the reader and the caller mostly wait, the workers do the work. */
    static OrderedPipeline perCore() {
        return new OrderedPipeline(Math.max(1, Runtime.getRuntime().availableProcessors()), BATCH);
    }

    /** Runs the pipeline; returns the workers' states (one per worker) for merging. */
    <S, T, R> List<S> run(Handoff.Producer<T> producer, Supplier<S> newState, Work<S, T, R> work,
                          ResultConsumer<T, R> consumer) throws Exception {
        // the ordered queue bounds the batches in flight: read, queued for a worker, or done and waiting
        BlockingQueue<Job<T, R>> ordered = new ArrayBlockingQueue<>(2 * workers + 2);
        BlockingQueue<Job<T, R>> todo = new LinkedBlockingQueue<>();
        Job<T, R> end = new Job<>(List.of(), null);
        List<S> states = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            S state = newState.get();
            states.add(state);
            // below the JIT compiler's threads where the JVM maps priorities to the OS (the launcher's child
            // does): on two cores the compiler otherwise waits seconds for a core while the workers run
            // the slow first tiers of the very code it is queued to compile
            threads.add(Thread.ofPlatform().name("trustproof-worker-" + w).priority(Thread.MIN_PRIORITY).daemon()
                    .start(() -> work(todo, end, state, work)));
        }
        threads.add(Thread.ofPlatform().name("trustproof-reader").daemon().start(() -> read(producer, ordered, todo, end)));
        try {
            for (Job<T, R> job; (job = ordered.take()) != end; ) consumer.accept(job.batch(), resultOf(job));
        } finally {
            for (Thread thread : threads) thread.interrupt();
            for (Thread thread : threads) thread.join();
        }
        return states;
    }

    private <T, R> void read(Handoff.Producer<T> producer, BlockingQueue<Job<T, R>> ordered,
                             BlockingQueue<Job<T, R>> todo, Job<T, R> end) {
        try {
            Batcher<T, R> batcher = new Batcher<>(batchSize, ordered, todo);
            producer.produce(batcher);
            batcher.flush();
            for (int w = 0; w < workers; w++) todo.add(end);
            put(ordered, end);
        } catch (Throwable failure) {
            ordered.clear();   // make room: the consumer must see the failure, not wait behind batches
            ordered.offer(new Job<>(List.of(), CompletableFuture.failedFuture(failure)));
        }
    }

    /** Collects read items into batches and queues each full batch for the workers and the consumer. */
    private static final class Batcher<T, R> implements Consumer<T> {
        private final int size;
        private final BlockingQueue<Job<T, R>> ordered, todo;
        private List<T> batch;

        Batcher(int size, BlockingQueue<Job<T, R>> ordered, BlockingQueue<Job<T, R>> todo) {
            this.size = size;
            this.ordered = ordered;
            this.todo = todo;
            this.batch = new ArrayList<>(size);
        }

        @Override
        public void accept(T item) {
            batch.add(item);
            if (batch.size() == size) flush();
        }

        void flush() {
            if (batch.isEmpty()) return;
            Job<T, R> job = new Job<>(batch, new CompletableFuture<>());
            put(ordered, job);   // in line for the consumer first, so order holds whichever worker finishes first
            todo.add(job);
            batch = new ArrayList<>(size);
        }
    }

    private static <S, T, R> void work(BlockingQueue<Job<T, R>> todo, Job<T, R> end, S state, Work<S, T, R> work) {
        try {
            for (Job<T, R> job; (job = todo.take()) != end; ) {
                try {
                    job.result().complete(work.apply(state, job.batch()));
                } catch (Throwable failure) {
                    job.result().completeExceptionally(failure);
                    return;   // the consumer stops at this batch; this worker's state is no longer whole
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();   // the consumer is done or failed: nothing more to do
        }
    }

    private static <T, R> R resultOf(Job<T, R> job) throws Exception {
        try {
            return job.result().get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception exception) throw exception;
            if (cause instanceof Error error) throw error;
            throw new IllegalStateException(cause);
        }
    }

    private static <T, R> void put(BlockingQueue<Job<T, R>> queue, Job<T, R> job) {
        try {
            queue.put(job);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("stopped");
        }
    }
}
