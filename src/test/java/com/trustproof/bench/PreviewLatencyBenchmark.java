package com.trustproof.bench;

import com.trustproof.app.ReviewSession;
import com.trustproof.ui.ReviewWindow;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The window's own clock: from asking for a recipient to the end of the pulse that shows their
 * preview (read + render + check on the worker, then text, styles and layout on the FX thread).
 * Also app start to the first shown window, and the heap afterwards. Needs a display (Xvfb works):
 * {@code DISPLAY=:99 java -cp target/trustproof.jar:target/test-classes com.trustproof.bench.PreviewLatencyBenchmark REVIEW.trustproof}
 */
public final class PreviewLatencyBenchmark {
    private static final int SAMPLES = 300;
    private static final java.util.List<long[]> WORKER = new java.util.ArrayList<>();

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        ReviewSession session = ReviewSession.open(Path.of(args[0]));
        CountDownLatch shown = new CountDownLatch(1);
        ReviewWindow[] window = new ReviewWindow[1];
        Scene[] scene = new Scene[1];
        Platform.startup(() -> {
            var pool = Executors.newSingleThreadExecutor();
            window[0] = ReviewWindow.create(session, task -> {
                long queued = System.nanoTime();
                pool.execute(() -> {
                    long begun = System.nanoTime();
                    task.run();
                    long ended = System.nanoTime();
                    synchronized (WORKER) {
                        WORKER.add(new long[]{begun - queued, ended - begun});
                    }
                });
            });
            scene[0] = new Scene(window[0], 1400, 880);
            Stage stage = new Stage();
            stage.setScene(scene[0]);
            stage.show();
            window[0].start();
            shown.countDown();
        });
        shown.await();
        System.out.printf("start to first window: %.0f ms%n", (System.nanoTime() - started) / 1e6);
        Thread.sleep(3000); // let the first page and counts arrive
        long total = session.counts().total();
        synchronized (WORKER) {
            WORKER.clear();
        }
        Random random = new Random(3);
        double[] ms = new double[SAMPLES];
        double[] loaded = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long id = 1 + (long) (random.nextDouble() * total);
            CountDownLatch painted = new CountDownLatch(1);
            long[] t = new long[3];
            Platform.runLater(() -> {
                var detail = window[0].viewModel().recipient().detailProperty();
                detail.addListener(new javafx.beans.value.ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends com.trustproof.app.RecipientDetail> o,
                                        com.trustproof.app.RecipientDetail was, com.trustproof.app.RecipientDetail now) {
                        detail.removeListener(this);
                        t[2] = System.nanoTime();
                        Runnable[] afterPulse = new Runnable[1];
                        afterPulse[0] = () -> {
                            scene[0].removePostLayoutPulseListener(afterPulse[0]);
                            t[1] = System.nanoTime();
                            painted.countDown();
                        };
                        scene[0].addPostLayoutPulseListener(afterPulse[0]);
                        Platform.requestNextPulse();
                    }
                });
                t[0] = System.nanoTime();
                window[0].viewModel().recipient().show(id);
            });
            if (!painted.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("preview of " + id + " never showed");
            ms[i] = (t[1] - t[0]) / 1e6;
            loaded[i] = (t[2] - t[0]) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(loaded);
        System.out.printf("  of which until the detail arrived on the FX thread: p50 %.1f ms, p95 %.1f ms%n",
                loaded[SAMPLES / 2], loaded[(int) (SAMPLES * 0.95)]);
        System.out.printf("select to preview shown: p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d samples, %,d recipients)%n",
                ms[SAMPLES / 2], ms[(int) (SAMPLES * 0.95)], ms[SAMPLES - 1], SAMPLES, total);
        synchronized (WORKER) {
            double[] wait = WORKER.stream().mapToDouble(w -> w[0] / 1e6).sorted().toArray();
            double[] run = WORKER.stream().mapToDouble(w -> w[1] / 1e6).sorted().toArray();
            System.out.printf("  worker jobs: %d, queue wait p50 %.2f ms p95 %.2f ms, run p50 %.2f ms p95 %.2f ms%n", run.length,
                    wait[wait.length / 2], wait[(int) (wait.length * 0.95)], run[run.length / 2], run[(int) (run.length * 0.95)]);
        }
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("heap in use: %,d MB (of %,d MB committed)%n", (runtime.totalMemory() - runtime.freeMemory()) >> 20,
                runtime.totalMemory() >> 20);
        Platform.exit();
        session.close();
        System.exit(0);
    }
}
