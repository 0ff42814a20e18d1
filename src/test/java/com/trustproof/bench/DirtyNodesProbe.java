package com.trustproof.bench;

import com.trustproof.app.ReviewSession;
import com.trustproof.ui.ReviewWindow;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

/**
 * Diagnostic, not a benchmark: why does a pulse repaint what it repaints? For a few selections on an
 * idle window it prints, per pulse, the nodes still waiting for CSS (before the CSS pass) and the
 * scene's list of nodes to synchronise with their dirty bits (before and after layout). A pulse whose
 * list holds only the root with no bits synchronises nothing, and such a pulse repaints the whole
 * window: that is how the second full repaint per selection was found. Reads JavaFX internals by
 * reflection (works with the JavaFX jars on the class path):
 * {@code DISPLAY=:99 java -cp target/trustproof.jar:target/test-classes com.trustproof.bench.DirtyNodesProbe REVIEW.trustproof [selections]}
 * Add {@code -Djavafx.pulseLogger=true -Djavafx.pulseLogger.threshold=0} to see each pulse's dirty regions.
 */
public final class DirtyNodesProbe {
    private static Field nodeBits;
    private static Field cssFlag;
    private static Field sceneList;
    private static Field sceneListSize;
    private static int pulse;
    private static volatile boolean logging;

    public static void main(String[] args) throws Exception {
        nodeBits = field(Node.class, "dirtyBits");
        cssFlag = field(Node.class, "cssFlag");
        sceneList = field(Scene.class, "dirtyNodes");
        sceneListSize = field(Scene.class, "dirtyNodesSize");
        int selections = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        ReviewSession session = ReviewSession.open(Path.of(args[0]));
        ReviewWindow[] window = new ReviewWindow[1];
        CountDownLatch shown = new CountDownLatch(1);
        Platform.startup(() -> {
            window[0] = ReviewWindow.create(session, Executors.newSingleThreadExecutor());
            Scene scene = new Scene(window[0], 1400, 880);
            scene.addPreLayoutPulseListener(() -> {
                pulse++;
                if (!logging) return;
                pendingCss(scene.getRoot());
                toSynchronise(scene, "before layout");
            });
            scene.addPostLayoutPulseListener(() -> {
                if (logging) toSynchronise(scene, "after layout");
            });
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            window[0].start();
            shown.countDown();
        });
        shown.await();
        Thread.sleep(10_000); // first page, counts, groups and overview
        long total = session.counts().total();
        Random random = new Random(3);
        for (int i = 0; i < selections; i++) {
            long id = 1 + (long) (random.nextDouble() * total);
            System.out.println("==== select " + id);
            logging = true;
            Platform.runLater(() -> window[0].viewModel().recipient().show(id));
            Thread.sleep(500);
            logging = false;
        }
        Platform.exit();
        session.close();
        System.exit(0);
    }

    /** Nodes whose CSS is pending; a branch flag left at the root makes JavaFX ask for another pulse. */
    private static void pendingCss(Node node) {
        Object flag = get(cssFlag, node);
        if (!"CLEAN".equals(flag.toString())) {
            System.out.printf("pulse %d css %s %s%s visible=%s in %s%n", pulse, flag, node.getClass().getSimpleName(),
                    node.getStyleClass(), node.isVisible(), path(node));
        }
        if (node instanceof Parent p) for (Node child : p.getChildrenUnmodifiable()) pendingCss(child);
    }

    private static void toSynchronise(Scene scene, String when) {
        Node[] list = (Node[]) get(sceneList, scene);
        int size = (Integer) get(sceneListSize, scene);
        System.out.printf("pulse %d %s: %d nodes to synchronise%n", pulse, when, size);
        for (int i = 0; i < size; i++) {
            Node node = list[i];
            Bounds b = node.localToScene(node.getBoundsInLocal());
            System.out.printf("pulse %d   %s%s %s visible=%s in %s [%.0f,%.0f %.0fx%.0f]%n", pulse, node.getClass().getSimpleName(),
                    node.getStyleClass(), get(nodeBits, node), node.isVisible(), path(node), b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
        }
    }

    private static String path(Node node) {
        StringBuilder s = new StringBuilder();
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p.getId() != null) s.insert(0, "#" + p.getId() + " ");
            else if (!p.getStyleClass().isEmpty()) s.insert(0, "." + p.getStyleClass().get(0) + " ");
        }
        return s.toString();
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    private static Object get(Field field, Object owner) {
        try {
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
