package com.trustproof.bench;

import com.sun.javafx.perf.PerformanceTracker;
import com.trustproof.app.RecipientDetail;
import com.trustproof.app.ReviewSession;
import com.trustproof.ui.ReviewWindow;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The window's own clock: from asking for a recipient to their preview (text, highlights, findings,
 * persona) painted on screen: read + render + check on the worker, then CSS, layout and sync on the FX
 * thread, then the frame drawn by the renderer. Three ways:
 * <ul>
 * <li><b>one at a time</b>: each selection starts on an idle window and the clock stops when the
 * renderer has drawn the frame that holds the new preview (what a reviewer reading each message sees);</li>
 * <li><b>back to back</b> (J held down): the next selection starts as soon as the previous one is laid
 * out, so it also waits for the previous frame's painting; the clock stops at the end of layout. This
 * is the figure earlier runs reported.</li>
 * <li><b>J one at a time</b>: like the first, but the list moves to the next recipient as J does, so the
 * selection's neighbours could be known in advance (what a reviewer going down the list sees).</li>
 * </ul>
 * Also the heap afterwards. App start is {@link StartupBenchmark}'s (a real process start). Needs a
 * display (Xvfb works):
 * {@code DISPLAY=:99 java -cp target/trustproof.jar:target/test-classes com.trustproof.bench.PreviewLatencyBenchmark REVIEW.trustproof [samples] [modes]}
 * <p>{@code modes} picks some of {@code one,held,j} (default all three, in that order) for quicker A/B
 * runs; {@code click} selects a random row on screen after the list rested at a random place, as a
 * mouse click does ({@code -Dbench.rest=MS}, default 600, is the rest; {@code -Dbench.hover=MS}, default 0, has the pointer rest on
 * the row that long before the click); {@code tabs} times showing each tab in turn ({@code samples} rounds). The window is styled as JavaFX's default (Modena) unless {@code -Dbench.look=app} gives it the
 * app's look (AtlantaFX Primer and trustproof.css), which is what a reviewer actually sees
 * ({@code primer}: the theme alone); earlier figures are without it. {@code -Dbench.css=FILE} adds a
 * stylesheet on top (to try a look before changing trustproof.css); {@code -Dbench.warmup=N} makes N untimed
 * selections of the mode's kind before its samples are taken (one at a time and J), for the window's
 * steady state rather than its first minute;
 * {@code -Dbench.pause=MS} is the reading time before each J (default 250); {@code -Dbench.read=MS} the
 * reading time of the first message, before any selection (default 5000); the window warms J's work up
 * off screen meanwhile as the app's does ({@code -Dbench.appwarmup=false}: it does not).
 * <p><b>Render thread CPU for the frame</b> (J): the renderer's CPU time from the end of the frame before
 * to the end of the frame holding the new preview; unlike the clock it does not grow when the JIT
 * compiler or other programs take the cores away.
 * <p><b>The app's own latency</b> (one at a time and J): the painted figure minus only the time the
 * window sat idle waiting for the display's next pulse. JavaFX pulses on Linux come from a 60 Hz timer
 * that is never paused, so a selection waits a random 0-16.7 ms for the next one whatever the app does.
 * The gap runs from the moment the selection's FX work was finished (the end of the select action or the
 * detail applied, whichever is later) to the beginning of the pulse that lays the new preview out; of it,
 * only the part in which the FX thread was not busy is taken off: the gap's wall time minus the FX
 * thread's CPU time over it (its thread CPU clock tells busy from idle). Time spent waiting for the
 * worker, in other pulses, or for the renderer stays in. <b>Frames late</b> counts the pulses that ran
 * between the selection and the pulse that laid the new preview out (0: it was the very next pulse).
 */
public final class PreviewLatencyBenchmark {
    private static final List<long[]> WORKER = new ArrayList<>();
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private static ReviewWindow window;
    private static java.util.function.IntSupplier warmUpSteps;
    private static Scene scene;
    /** Set once the pulse that lays out the new preview has run; the next rendered frame holds it. */
    private static volatile CountDownLatch frameWanted;
    private static volatile long frameRenderedAt;
    /** The render thread's CPU time for the frame that held the new preview (from the end of the frame before). */
    private static volatile long frameRenderCpu;
    private static long lastFrameEndCpu;
    /** Frames the renderer has presented so far: a selection should cost one, not two. */
    private static final java.util.concurrent.atomic.AtomicLong FRAMES = new java.util.concurrent.atomic.AtomicLong();
    /** Pulses the scene has run so far; read and written on the FX thread only. */
    private static long pulses;

    private static <T> T fxRead(java.util.concurrent.Callable<T> read) throws Exception {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(read);
        Platform.runLater(task);
        return task.get();
    }

    public static void main(String[] args) throws Exception {
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        List<String> modes = List.of((args.length > 2 ? args[2] : "one,held,j").split(","));
        String look = System.getProperty("bench.look", "modena");
        ReviewSession session = ReviewSession.open(Path.of(args[0]));
        CountDownLatch shown = new CountDownLatch(1);
        Platform.startup(() -> {
            var pool = Executors.newSingleThreadExecutor();
            window = ReviewWindow.create(session, task -> {
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
            scene = new Scene(window, 1400, 880);
            // added first, so it has counted the current pulse when a selection's own listener runs
            scene.addPreLayoutPulseListener(() -> pulses++);
            if (!look.equals("modena")) {
                javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            }
            if (look.equals("app")) scene.getStylesheets().add(ReviewWindow.class.getResource("trustproof.css").toExternalForm());
            if (System.getProperty("bench.css") != null) scene.getStylesheets().add(Path.of(System.getProperty("bench.css")).toUri().toString());
            // called on the render thread once a frame of this scene is drawn and presented
            PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(() -> {
                FRAMES.incrementAndGet();
                long cpu = THREADS.getCurrentThreadCpuTime();
                long frameCpu = cpu - lastFrameEndCpu;
                lastFrameEndCpu = cpu;
                CountDownLatch wanted = frameWanted;
                if (wanted != null) {
                    frameRenderCpu = frameCpu;
                    frameWanted = null;
                    frameRenderedAt = System.nanoTime();
                    wanted.countDown();
                }
            });
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            window.start();
            if (!"false".equals(System.getProperty("bench.appwarmup"))) warmUpSteps = window.warmUp(); // as the app does
            shown.countDown();
        });
        shown.await();
        // the reviewer reads the first message; the first page, counts, groups and overview arrive meanwhile
        Thread.sleep(Integer.getInteger("bench.read", 5000));
        if (warmUpSteps != null) System.out.printf("warm-up steps done while the first message was read: %d%n", fxRead(warmUpSteps::getAsInt));
        // the renderer walks every node of the scene on each frame, shown or not
        System.out.printf("nodes in the scene: %s%n", fxRead(() -> nodeCount(scene.getRoot())));
        if (Boolean.getBoolean("bench.tree")) fxRead(() -> { tree(scene.getRoot(), "", 0); return null; });
        if (Boolean.getBoolean("bench.fills")) fxRead(() -> { fills(scene.getRoot(), ""); return null; });
        long total = session.counts().total();
        Random random = new Random(3);

        long fxThread = threadId("JavaFX Application Thread");
        long renderThread = threadId("QuantumRenderer-0");
        if (modes.contains("one")) oneAtATime(samples, total, random, fxThread, renderThread);
        if (modes.contains("held")) backToBack(samples, total, random);
        if (modes.contains("j")) nextOneAtATime(samples, total, fxThread, renderThread);
        if (modes.contains("click")) clickOneAtATime(samples, total, random);
        if (modes.contains("tabs")) tabSwitches(samples);

        System.gc();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("heap in use: %,d MB (of %,d MB committed)%n", (runtime.totalMemory() - runtime.freeMemory()) >> 20,
                runtime.totalMemory() >> 20);
        Platform.exit();
        session.close();
        System.exit(0);
    }

    /**
     * Tab switches: each tab in turn, from an idle window until the frame that shows it is drawn. Only
     * the shown tab's content is in the scene, so a switch applies CSS and lays out the tab it shows.
     */
    private static void tabSwitches(int rounds) throws Exception {
        var tabs = (javafx.scene.control.TabPane) scene.lookup("#tabs");
        int count = fxRead(() -> tabs.getTabs().size());
        double[][] painted = new double[count][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int i = 1; i <= count; i++) {
                int index = i % count;
                Thread.sleep(250);
                CountDownLatch done = new CountDownLatch(1);
                long[] start = new long[1];
                Platform.runLater(() -> {
                    Runnable[] afterLayout = new Runnable[1];
                    afterLayout[0] = () -> {
                        scene.removePostLayoutPulseListener(afterLayout[0]);
                        frameWanted = done;
                    };
                    scene.addPostLayoutPulseListener(afterLayout[0]);
                    start[0] = System.nanoTime();
                    tabs.getSelectionModel().select(index);
                    Platform.requestNextPulse();
                });
                if (!done.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("tab " + index + " never showed");
                painted[index][round] = (frameRenderedAt - start[0]) / 1e6;
            }
        }
        for (int index = 0; index < count; index++) {
            int tab = index;
            String name = fxRead(() -> tabs.getTabs().get(tab).getText());
            double[] sorted = painted[tab].clone();
            Arrays.sort(sorted);
            System.out.printf("tab \"%s\" shown, select to painted: p50 %.1f ms, max %.1f ms (%d switches)%n", name,
                    sorted[sorted.length / 2], sorted[sorted.length - 1], rounds);
            printEach("switch times", painted[tab]);
        }
    }

    /** With {@code -Dbench.each=true}: every sample, in the order taken. */
    private static void printEach(String what, double[] samples) {
        if (Boolean.getBoolean("bench.each")) System.out.println("  " + what + ", in order: " + Arrays.toString(Arrays.stream(samples).mapToLong(Math::round).toArray()));
    }

    /** Nodes under {@code node}: all, and those shown (visible, with all their parents visible). */
    private static String nodeCount(javafx.scene.Node node) {
        int[] counts = new int[2];
        countNodes(node, true, counts);
        return String.format("%,d (%,d shown)", counts[0], counts[1]);
    }

    private static void tree(javafx.scene.Node node, String indent, int depth) {
        int[] counts = new int[2];
        countNodes(node, true, counts);
        int n = counts[0];
        if (n < 30 || depth > 14) return;
        System.out.printf("%s%d %s%s %s%n", indent, n, node.getClass().getSimpleName(), node.getId() == null ? "" : "#" + node.getId(), node.isVisible() ? "" : "HIDDEN");
        if (node instanceof javafx.scene.Parent parent) for (var child : parent.getChildrenUnmodifiable()) tree(child, indent + " ", depth + 1);
    }

    /** Shown regions that paint a background or border, with their size: each paints its whole area on a repaint. */
    private static void fills(javafx.scene.Node node, String indent) {
        if (!node.isVisible()) return;
        if (node instanceof javafx.scene.layout.Region region && region.getWidth() * region.getHeight() > Integer.getInteger("bench.fills.area", 20_000)
                && ((region.getBackground() != null && !region.getBackground().isEmpty()) || (region.getBorder() != null && !region.getBorder().isEmpty()))) {
            System.out.printf("%s%s %s %.0fx%.0f bg=%s border=%s%n", indent, node.getClass().getSimpleName(), node.getStyleClass(), region.getWidth(), region.getHeight(),
                    region.getBackground() == null ? "-" : region.getBackground().getFills().stream().map(f -> f.getFill() + "/" + f.getRadii().getTopLeftHorizontalRadius()).toList(),
                    region.getBorder() == null ? "-" : region.getBorder().getStrokes().size());
        }
        if (node instanceof javafx.scene.Parent parent) for (var child : parent.getChildrenUnmodifiable()) fills(child, indent + " ");
    }

    private static void countNodes(javafx.scene.Node node, boolean shown, int[] counts) {
        boolean visible = shown && node.isVisible();
        counts[0]++;
        if (visible) counts[1]++;
        if (node instanceof javafx.scene.Parent parent) for (var child : parent.getChildrenUnmodifiable()) countNodes(child, visible, counts);
    }

    /** One at a time: a random recipient from an idle window, until the frame holding their preview is drawn. */
    private static void oneAtATime(int samples, long total, Random random, long fxThread, long renderThread) throws InterruptedException {
        synchronized (WORKER) {
            WORKER.clear();
        }
        Timings timings = new Timings(samples);
        double[] frames = new double[samples];
        // CPU time spent per selection by the FX and render threads: unlike the clock, it does not grow
        // when other work on a shared machine takes the cores away
        double[] fxCpu = new double[samples];
        double[] renderCpu = new double[samples];
        for (int i = 0; i < Integer.getInteger("bench.warmup", 0); i++) {
            Thread.sleep(150);
            selectAndWait(1 + (long) (random.nextDouble() * total), true);
        }
        for (int i = 0; i < samples; i++) {
            Thread.sleep(250); // an idle window, as when a reviewer has read the last message
            long fxBefore = THREADS.getThreadCpuTime(fxThread);
            long renderBefore = THREADS.getThreadCpuTime(renderThread);
            long framesBefore = FRAMES.get();
            long[] t = selectAndWait(1 + (long) (random.nextDouble() * total), true);
            Thread.sleep(100); // follow-up frames after the preview count as its cost too
            fxCpu[i] = (THREADS.getThreadCpuTime(fxThread) - fxBefore) / 1e6;
            renderCpu[i] = (THREADS.getThreadCpuTime(renderThread) - renderBefore) / 1e6;
            frames[i] = FRAMES.get() - framesBefore;
            timings.record(i, t);
        }
        timings.report("one at a time, select to preview painted", total);
        System.out.printf("  phases (from the selection, p50/p95): detail applied %s, pulse began %s, laid out %s, painted %s ms%n",
                percentiles(timings.arrived), percentiles(timings.pulseStart), percentiles(timings.laidOut), percentiles(timings.painted));
        System.out.printf("  FX thread CPU (p50/p95): applying the detail %s ms, the pulse's CSS and layout %s ms%n",
                percentiles(timings.applyCpu), percentiles(timings.pulseCpu));
        System.out.printf("  frames presented per selection (incl. 100 ms after): p50 %.0f, max %.0f%n", percentiles(frames, 0.5),
                percentiles(frames, 1.0));
        Arrays.sort(fxCpu);
        Arrays.sort(renderCpu);
        System.out.printf("  CPU per selection (incl. 100 ms after): FX thread p50 %.1f ms p95 %.1f ms, render thread p50 %.1f ms p95 %.1f ms%n",
                fxCpu[samples / 2], fxCpu[(int) (samples * 0.95)], renderCpu[samples / 2], renderCpu[(int) (samples * 0.95)]);
        printWorker();
    }

    /** Back to back (J held): the next random recipient as soon as the previous preview is laid out. */
    private static void backToBack(int samples, long total, Random random) throws InterruptedException {
        synchronized (WORKER) {
            WORKER.clear();
        }
        double[] laidOutBackToBack = new double[samples];
        double[] arrivedBackToBack = new double[samples];
        for (int i = 0; i < samples; i++) {
            long[] t = selectAndWait(1 + (long) (random.nextDouble() * total), false);
            laidOutBackToBack[i] = (t[1] - t[0]) / 1e6;
            arrivedBackToBack[i] = (t[2] - t[0]) / 1e6;
        }
        report("back to back (J held), select to preview laid out", laidOutBackToBack, arrivedBackToBack, samples, total);
        printWorker();
    }

    /**
     * Shows recipient {@code id}; returns {start, stop, detail applied, pulse began, laid out}. The clock
     * stops when the frame is drawn ({@code untilPainted}) or when the pulse that lays the preview out has run.
     */
    private static long[] selectAndWait(long id, boolean untilPainted) throws InterruptedException {
        return selectAndWait(() -> window.viewModel().recipient().show(id), "recipient " + id, untilPainted);
    }

    /**
     * As above for any {@code select} action run on the FX thread. {@code t[9]} is when the action
     * returned, so a detail applied before it ({@code t[2] <= t[9]}) came without a worker round trip;
     * {@code t[10]} is the FX thread's CPU time at the selection; {@code t[11]} and {@code t[12]} the
     * scene's pulse count at the selection and in the pulse that lays the preview out.
     */
    private static long[] selectAndWait(Runnable select, String what, boolean untilPainted) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        long[] t = new long[13];
        Platform.runLater(() -> {
            // the reviewer's key press, as the window sees input (the warm-up steps wait while there is some)
            javafx.event.Event.fireEvent(scene.getRoot(), new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_RELEASED, "", "",
                    javafx.scene.input.KeyCode.UNDEFINED, false, false, false, false));
            var detail = window.viewModel().recipient().detailProperty();
            detail.addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends RecipientDetail> o, RecipientDetail was, RecipientDetail now) {
                    detail.removeListener(this);
                    t[2] = System.nanoTime();
                    t[6] = THREADS.getCurrentThreadCpuTime();
                    Runnable[] beforeLayout = new Runnable[1];
                    beforeLayout[0] = () -> {
                        scene.removePreLayoutPulseListener(beforeLayout[0]);
                        t[3] = System.nanoTime();
                        t[7] = THREADS.getCurrentThreadCpuTime();
                        t[12] = pulses;
                    };
                    scene.addPreLayoutPulseListener(beforeLayout[0]);
                    Runnable[] afterLayout = new Runnable[1];
                    afterLayout[0] = () -> {
                        scene.removePostLayoutPulseListener(afterLayout[0]);
                        t[4] = System.nanoTime();
                        t[8] = THREADS.getCurrentThreadCpuTime();
                        if (untilPainted) {
                            frameWanted = done;
                        } else {
                            t[1] = System.nanoTime();
                            done.countDown();
                        }
                    };
                    scene.addPostLayoutPulseListener(afterLayout[0]);
                    Platform.requestNextPulse();
                }
            });
            t[11] = pulses;
            t[10] = THREADS.getCurrentThreadCpuTime();
            t[0] = System.nanoTime();
            select.run();
            t[5] = THREADS.getCurrentThreadCpuTime();
            t[9] = System.nanoTime();
        });
        if (!done.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("preview of " + what + " never showed");
        if (untilPainted) t[1] = frameRenderedAt;
        return t;
    }

    /**
     * J one at a time: from an idle window the list moves to the next recipient (what J does, so the
     * selection goes through the list as a reviewer's does), then waits until it is painted and the window
     * is idle again. Starts from the list's current row, whose page is in memory.
     */
    private static void nextOneAtATime(int samples, long total, long fxThread, long renderThread) throws InterruptedException {
        synchronized (WORKER) {
            WORKER.clear();
        }
        Timings timings = new Timings(samples);
        double[] fxCpu = new double[samples];
        double[] renderCpu = new double[samples];
        for (int i = 0; i < Integer.getInteger("bench.warmup", 0); i++) {
            Thread.sleep(150);
            selectAndWait(() -> window.viewModel().list().next(), "the next recipient", true);
        }
        for (int i = 0; i < samples; i++) {
            Thread.sleep(Integer.getInteger("bench.pause", 250));
            long fxBefore = THREADS.getThreadCpuTime(fxThread);
            long renderBefore = THREADS.getThreadCpuTime(renderThread);
            long[] t = selectAndWait(() -> window.viewModel().list().next(), "the next recipient", true);
            timings.record(i, t);
            Thread.sleep(100);
            fxCpu[i] = (THREADS.getThreadCpuTime(fxThread) - fxBefore) / 1e6;
            renderCpu[i] = (THREADS.getThreadCpuTime(renderThread) - renderBefore) / 1e6;
        }
        timings.report("J one at a time, select to preview painted", total);
        System.out.printf("  phases (from the selection, p50/p95): detail applied %s, laid out %s, painted %s ms; applied without a worker round trip: %d of %d%n",
                percentiles(timings.arrived), percentiles(timings.laidOut), percentiles(timings.painted), timings.synchronous, samples);
        System.out.printf("  FX thread CPU from the selection until the detail is applied (p50/p95): %s ms%n", percentiles(timings.untilAppliedCpu));
        System.out.printf("  CPU per selection (incl. 100 ms after): FX thread %s ms, render thread %s ms (p50/p95)%n",
                percentiles(fxCpu), percentiles(renderCpu));
        System.out.printf("  the pulse's CSS and layout on the FX thread (p50/p95): %s ms; render thread CPU for the frame holding the preview: %s ms%n",
                percentiles(timings.pulseCpu), percentiles(timings.frameCpu));
        printWorker();
    }

    /**
     * A click on a row on screen: the list is scrolled to a random place and rests there (as after a
     * reviewer's scrolling), then a random visible row is selected through the table, as a mouse click
     * selects it. Unlike "one at a time", the window could know the rows on screen before the click.
     */
    private static void clickOneAtATime(int samples, long total, Random random) throws Exception {
        synchronized (WORKER) {
            WORKER.clear();
        }
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<Object> table = fxRead(() -> (javafx.scene.control.TableView<Object>) scene.lookup("#recipients"));
        Timings timings = new Timings(samples);
        int warmUp = Integer.getInteger("bench.warmup", 0) / 10;
        int hover = Integer.getInteger("bench.hover", 0);
        for (int i = -warmUp; i < samples; i++) {
            int top = (int) (random.nextDouble() * (total - 60));
            fxRead(() -> { table.scrollTo(top); return null; });
            Thread.sleep(Integer.getInteger("bench.rest", 600)); // the rows load and the reviewer finds one
            int row = fxRead(() -> {
                var flow = (javafx.scene.control.skin.VirtualFlow<?>) table.lookup(".virtual-flow");
                int first = flow.getFirstVisibleCell().getIndex();
                int last = flow.getLastVisibleCell().getIndex();
                return first + 1 + random.nextInt(Math.max(1, last - first - 1));
            });
            if (hover > 0) {
                fxRead(() -> { pointAt(table, row); return null; });
                Thread.sleep(hover); // the pointer rests on the row before the click
            }
            long[] t = selectAndWait(() -> table.getSelectionModel().clearAndSelect(row), "row " + row, true);
            Thread.sleep(100);
            if (i >= 0) timings.record(i, t);
        }
        timings.report("click on a row on screen, select to preview painted", total);
        System.out.printf("  applied without a worker round trip: %d of %d%n", timings.synchronous, samples);
        System.out.printf("  CPU (p50/p95): FX thread until the detail is applied %s ms, the pulse's CSS and layout %s ms, render thread for the frame %s ms%n",
                percentiles(timings.untilAppliedCpu), percentiles(timings.pulseCpu), percentiles(timings.frameCpu));
        printWorker();
    }

    /** The pointer moves onto row {@code index} (which is on screen), as the window sees it. */
    private static void pointAt(javafx.scene.control.TableView<?> table, int index) {
        var flow = (javafx.scene.control.skin.VirtualFlow<?>) table.lookup(".virtual-flow");
        javafx.scene.Node row = flow.getVisibleCell(index);
        var at = row.localToScene(row.getLayoutBounds().getCenterX(), row.getLayoutBounds().getCenterY());
        var onScreen = row.localToScreen(row.getLayoutBounds().getCenterX(), row.getLayoutBounds().getCenterY());
        javafx.event.Event.fireEvent(row, new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_MOVED,
                at.getX(), at.getY(), onScreen.getX(), onScreen.getY(), javafx.scene.input.MouseButton.NONE, 0,
                false, false, false, false, false, false, false, false, false, false,
                new javafx.scene.input.PickResult(row, at.getX(), at.getY())));
    }

    /** What each selection of a mode took, from the time stamps {@link #selectAndWait} returns. */
    private static final class Timings {
        final double[] painted;
        final double[] arrived;
        final double[] pulseStart;
        final double[] laidOut;
        /** FX thread CPU from the end of the select action to the detail applied (the view's update). */
        final double[] applyCpu;
        /**
         * FX thread CPU from the selection until the view has applied the detail: without the wait for
         * the worker, what is left of "detail applied" on a loaded machine is this and the cores taken away.
         */
        final double[] untilAppliedCpu;
        /** The pulse's CSS and layout on the FX thread. */
        final double[] pulseCpu;
        /** The render thread's CPU for the frame holding the preview. */
        final double[] frameCpu;
        final double[] app;
        final double[] late;
        /** Selections whose detail was applied before the select action returned (no worker round trip). */
        int synchronous;

        Timings(int samples) {
            painted = new double[samples];
            arrived = new double[samples];
            pulseStart = new double[samples];
            laidOut = new double[samples];
            applyCpu = new double[samples];
            untilAppliedCpu = new double[samples];
            pulseCpu = new double[samples];
            frameCpu = new double[samples];
            app = new double[samples];
            late = new double[samples];
        }

        /** Sample {@code i}: {@code t} is what {@link #selectAndWait} returned for it, until painted. */
        void record(int i, long[] t) {
            painted[i] = (t[1] - t[0]) / 1e6;
            arrived[i] = (t[2] - t[0]) / 1e6;
            pulseStart[i] = (t[3] - t[0]) / 1e6;
            laidOut[i] = (t[4] - t[0]) / 1e6;
            applyCpu[i] = (t[6] - t[5]) / 1e6;
            untilAppliedCpu[i] = (t[6] - t[10]) / 1e6;
            pulseCpu[i] = (t[8] - t[7]) / 1e6;
            frameCpu[i] = frameRenderCpu / 1e6;
            if (t[2] <= t[9]) synchronous++;
            app[i] = appLatency(t);
            late[i] = framesLate(t);
        }

        /** The lines every mode that waits for the frame starts with: painted, arrived, the app's own. */
        void report(String what, long total) {
            PreviewLatencyBenchmark.report(what, painted, arrived, painted.length, total);
            printEach("app's own", app);
            reportApp(app, late);
        }
    }

    /**
     * Select to painted minus the time the FX thread sat idle waiting for the pulse: from the end of the
     * selection's FX work (the select action's end or the detail applied, whichever is later) to the
     * pulse's beginning, the wall time less the FX thread's CPU time in it (see the class comment).
     */
    static double appLatency(long[] t) {
        boolean detailLater = t[2] > t[9];
        long readyAt = detailLater ? t[2] : t[9];
        long cpuAtReady = detailLater ? t[6] : t[5];
        long idle = Math.max(0, (t[3] - readyAt) - (t[7] - cpuAtReady));
        return (t[1] - t[0] - idle) / 1e6;
    }

    /** Pulses that ran after the selection before the one that laid the preview out: 0 is the next pulse. */
    static double framesLate(long[] t) { return t[12] - t[11] - 1; }

    private static void reportApp(double[] app, double[] late) {
        long next = Arrays.stream(late).filter(l -> l == 0).count();
        System.out.printf("  app's own latency (painted minus the idle wait for the pulse): p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                percentiles(app, 0.5), percentiles(app, 0.95), percentiles(app, 1.0));
        System.out.printf("  frames late (pulses run before the one laying the preview out): p50 %.0f, p95 %.0f, max %.0f; in the very next pulse: %d of %d%n",
                percentiles(late, 0.5), percentiles(late, 0.95), percentiles(late, 1.0), next, late.length);
    }

    private static long threadId(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no thread " + name)).threadId();
    }

    private static void report(String what, double[] ms, double[] arrived, int samples, long total) {
        Arrays.sort(ms);
        Arrays.sort(arrived);
        System.out.printf("%s: p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d samples, %,d recipients)%n",
                what, ms[samples / 2], ms[(int) (samples * 0.95)], ms[samples - 1], samples, total);
        System.out.printf("  of which until the detail arrived on the FX thread: p50 %.1f ms, p95 %.1f ms%n",
                arrived[samples / 2], arrived[(int) (samples * 0.95)]);
    }

    private static String percentiles(double[] values) {
        return String.format("%.1f/%.1f", percentiles(values, 0.5), percentiles(values, 0.95));
    }

    private static double percentiles(double[] values, double at) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * at))];
    }

    private static void printWorker() {
        synchronized (WORKER) {
            double[] wait = WORKER.stream().mapToDouble(w -> w[0] / 1e6).sorted().toArray();
            double[] run = WORKER.stream().mapToDouble(w -> w[1] / 1e6).sorted().toArray();
            System.out.printf("  worker jobs: %d, queue wait p50 %.2f ms p95 %.2f ms, run p50 %.2f ms p95 %.2f ms%n", run.length,
                    wait[wait.length / 2], wait[(int) (wait.length * 0.95)], run[run.length / 2], run[(int) (run.length * 0.95)]);
        }
    }
}
