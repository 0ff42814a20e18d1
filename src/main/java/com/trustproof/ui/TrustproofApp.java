package com.trustproof.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.trustproof.app.ReviewSession;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The desktop application: a start screen, then one {@link ReviewWindow} per open review.
 * All review I/O runs on one worker thread, because a session is used from one thread at a time.
 */
public final class TrustproofApp extends Application implements WindowHost {
    private static volatile Path initialReview;
    private static final int FIRST_FRAMES = 3;
    /** The initial review, opened while the toolkit starts (null once taken, or when there is none). */
    private static volatile CompletableFuture<ReviewSession> openedEarly;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "trustproof-review");
        t.setDaemon(true);
        return t;
    });
    private final RecentFiles recent = RecentFiles.forUser();
    private Stage stage;
    private Scene scene;
    private ReviewService current;
    private StartScreen startScreen;
    private final OpeningScreen opening = new OpeningScreen();

    /** Entry for the Launcher. {@code reviewFileOrNull} null opens the demo review. */
    public static void launchApp(Path reviewFileOrNull) {
        initialReview = reviewFileOrNull;
        // the toolkit takes a second or so to start; open the review file (SQLite, rules) meanwhile on another core
        if (reviewFileOrNull != null) openedEarly = CompletableFuture.supplyAsync(() -> ReviewSession.open(reviewFileOrNull), task -> {
            Thread t = new Thread(task, "trustproof-open");
            t.setDaemon(true);
            t.start();
        });
        Application.launch(TrustproofApp.class);
    }

    /** The session for {@code reviewFile}: the one opened at launch when it is that file, else a fresh one. */
    private static ReviewSession open(Path reviewFile) {
        CompletableFuture<ReviewSession> early = openedEarly;
        openedEarly = null;
        if (early == null || !reviewFile.equals(initialReview)) {
            if (early != null) early.thenAccept(ReviewSession::close);
            return ReviewSession.open(reviewFile);
        }
        try {
            return early.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            throw e;
        }
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        // the window shows at once with a light "opening" screen; the review loads behind it
        scene = new Scene(opening, 1360, 860);
        scene.getStylesheets().add(stylesheet());
        stage.setScene(scene);
        stage.setTitle("Trustproof");
        stage.show();
        afterFirstFrames(() -> { if (initialReview != null) openReview(initialReview); else openDemo(); });
    }

    /**
     * Runs {@code then} a few frames after the window shows. Building the review window keeps this
     * thread busy for a while; started at once, it left the window blank (unpainted) until it was done.
     */
    private void afterFirstFrames(Runnable then) {
        new javafx.animation.AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames < FIRST_FRAMES) return;
                stop();
                then.run();
            }
        }.start();
    }

    static String stylesheet() {
        return TrustproofApp.class.getResource("trustproof.css").toExternalForm();
    }

    private StartScreen newStartScreen() {
        StartScreen screen = new StartScreen(recent.list(), this::chooseReview, this::chooseImport, this::openDemo, this::openReview);
        new FileDrop(screen, this, screen::failed).install();
        return screen;
    }

    private void openDemo() {
        showLoading("Preparing the demo review…");
        worker.execute(() -> {
            try {
                Path demo = com.trustproof.app.Demo.ensureDemoReview();
                Platform.runLater(() -> openReview(demo));
            } catch (RuntimeException e) {
                Platform.runLater(() -> showStart("The demo review is not available: " + ReviewViewModel.describe(e)));
            }
        });
    }

    @Override
    public void openReview(Path reviewFile) {
        showLoading("Opening " + reviewFile.getFileName() + "…");
        worker.execute(() -> {
            try {
                ReviewSession session = open(reviewFile);
                Platform.runLater(() -> showReview(new SessionReviewService(session)));
            } catch (RuntimeException e) {
                Platform.runLater(() -> showStart(ReviewViewModel.describe(e)));
            }
        });
    }

    @Override
    public void importReview(Path campaignJson, Path recipients, Path reviewFile) {
        showLoading("Importing " + recipients.getFileName() + "…");
        worker.execute(() -> {
            try {
                ReviewSession session = ReviewSession.importFiles(reviewFile, campaignJson, recipients, (done, total) ->
                        Platform.runLater(() -> working("Imported " + done + (total > 0 ? " of " + total : "") + " recipients",
                                total > 0 ? (double) done / total : -1)));
                Platform.runLater(() -> showReview(new SessionReviewService(session)));
            } catch (RuntimeException e) {
                // InputException names file, line and column; that message is the whole story
                Platform.runLater(() -> showStart(ReviewViewModel.describe(e)));
            }
        });
    }

    @Override
    public void setDarkTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    private void showReview(ReviewService review) {
        closeCurrent();
        current = review;
        // preferences are slow to touch the first time; the list of recent files can wait for the worker
        if (review.file() != null) worker.execute(() -> recent.remember(review.file()));
        ReviewWindow window = ReviewWindow.create(review, worker, this);
        setRoot(window);
        stage.setTitle("Trustproof — " + (review.file() == null ? "review" : review.file().getFileName()));
        window.start();
    }

    private void showLoading(String text) {
        if (scene.getRoot() != startScreen && scene.getRoot() != opening) {
            startScreen = newStartScreen();
            setRoot(startScreen);
        }
        working(text, -1);
    }

    /** Progress on whichever screen is waiting: the opening screen at start, else the start screen. */
    private void working(String text, double share) {
        if (scene.getRoot() == opening) opening.working(text, share); else startScreen.working(text, share);
    }

    private void showStart(String problem) {
        startScreen = newStartScreen();
        setRoot(startScreen);
        if (problem != null) startScreen.failed(problem);
    }

    private void setRoot(Parent root) { scene.setRoot(root); }

    private void closeCurrent() {
        ReviewService old = current;
        current = null;
        if (old != null) worker.execute(old::close);
    }

    private void chooseReview() { FileChoosers.review(stage).ifPresent(this::openReview); }

    private void chooseImport() {
        FileChoosers.importFiles(stage).ifPresent(c -> importReview(c.campaign(), c.recipients(), c.review()));
    }

    @Override
    public void stop() {
        closeCurrent();
        worker.shutdown();
    }
}
