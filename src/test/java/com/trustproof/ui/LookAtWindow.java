package com.trustproof.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A manual aid, not a test: opens the window on the demo data (or the fake review when
 * {@code -Dfake=true}) so a person can look at it, e.g. under Xvfb for screenshots.
 * {@code -Dtab=N} picks the tab, {@code -Ddark=true} the dark theme.
 */
public final class LookAtWindow extends Application {
    /** A plain class as entry point: the JDK refuses to start an Application subclass from the class path. */
    public static final class Main {
        public static void main(String[] args) {
            if (!Boolean.getBoolean("app")) {
                Application.launch(LookAtWindow.class, args);
                return;
            }
            // the real application (start screen, demo review): snapshot its window after a while
            Thread shooter = new Thread(() -> {
                try { Thread.sleep(Integer.getInteger("wait", 6) * 1000L); } catch (InterruptedException e) { return; }
                Platform.runLater(() -> {
                    writePng(javafx.stage.Window.getWindows().get(0).getScene().snapshot(null), Path.of(System.getProperty("shot")));
                    Platform.exit();
                });
            });
            shooter.setDaemon(true);
            shooter.start();
            TrustproofApp.launchApp(args.length > 0 ? Path.of(args[0]) : null);
        }
    }

    private static void writePng(javafx.scene.image.Image image, Path file) {
        int w = (int) image.getWidth(), h = (int) image.getHeight();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        javafx.scene.image.PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) out.setRGB(x, y, pixels.getArgb(x, y));
        try {
            javax.imageio.ImageIO.write(out, "png", file.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        boolean dark = Boolean.getBoolean("dark");
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> { Thread t = new Thread(r); t.setDaemon(true); return t; });
        String review0 = System.getProperty("review");
        ReviewService review = Boolean.getBoolean("fake")
                ? new FakeReviewService(1000)
                : review0 != null
                ? worker.submit(() -> new SessionReviewService(com.trustproof.app.ReviewSession.open(Path.of(review0)))).get()
                : worker.submit(() -> DemoReviewFixture.importInto(Files.createTempDirectory("look"))).get();
        ReviewWindow window = ReviewWindow.create(review, worker, WindowHost.NONE);
        Scene scene = new Scene(window, 1360, 860);
        scene.getStylesheets().add(TrustproofApp.stylesheet());
        stage.setScene(scene);
        stage.setTitle("Trustproof");
        stage.show();
        window.start();
        int tab = Integer.getInteger("tab", 0);
        Platform.runLater(() -> window.showTab(tab));
        String shot = System.getProperty("shot");
        if (shot != null) {
            // headless runs (Monocle) have no screen to grab: snapshot the scene after loading settles
            javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(Integer.getInteger("wait", 4)));
            wait.setOnFinished(e -> {
                writePng(scene.snapshot(null), Path.of(shot));
                Platform.exit();
            });
            wait.play();
        }
        if (Integer.getInteger("select", -1) >= 0) {
            javafx.animation.PauseTransition loaded = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
            loaded.setOnFinished(e -> {
                window.viewModel().list().select(Integer.getInteger("select"));
                if (Boolean.getBoolean("asemail")) {
                    // the visible one: a second, hidden preview carries the same ids (see BuiltAhead)
                    scene.getRoot().lookupAll("#preview-as-email").stream().filter(LookAtWindow::onScreen).findFirst()
                            .ifPresent(toggle -> ((javafx.scene.control.ToggleButton) toggle).setSelected(true));
                }
                if (Boolean.getBoolean("approve")) {
                    javafx.animation.PauseTransition shown = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1));
                    shown.setOnFinished(x -> window.viewModel().decide(com.trustproof.model.DecisionStatus.APPROVED, null));
                    shown.play();
                }
            });
            loaded.play();
        }
    }

    private static boolean onScreen(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) if (!n.isVisible()) return false;
        return true;
    }
}
