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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The desktop application: a start screen, then one {@link ReviewWindow} per open review.
 * All review I/O runs on one worker thread, because a session is used from one thread at a time.
 */
public final class TrustproofApp extends Application implements WindowHost {
    private static volatile Path initialReview;
    private static final int FIRST_FRAMES = 3;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "trustproof-review");
        t.setDaemon(true);
        return t;
    });
    private RecentFiles recent;
    private Stage stage;
    private Scene scene;
    private ReviewService current;
    private StartScreen startScreen;
    private final OpeningScreen opening = new OpeningScreen();
    private boolean firstFramesShown;
    private Runnable waitingForFirstFrames;

    /** Entry for the Launcher. {@code reviewFileOrNull} null opens the demo review. */
    public static void launchApp(Path reviewFileOrNull) {
        initialReview = reviewFileOrNull;
        Application.launch(TrustproofApp.class);
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
        // the window's first frames come before any loading: opening the file and building the review
        // window keep both cores busy for a while, and done at once they left the window blank until then
        new javafx.animation.AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames < FIRST_FRAMES) return;
                stop();
                firstFramesShown = true;
                if (waitingForFirstFrames != null) waitingForFirstFrames.run();
                waitingForFirstFrames = null;
            }
        }.start();
        afterFirstFrames(() -> { if (initialReview != null) openReview(initialReview); else openDemo(); });
    }

    /** Runs {@code then} now, or once the window's first frames are on screen. */
    private void afterFirstFrames(Runnable then) {
        if (firstFramesShown) then.run(); else waitingForFirstFrames = then;
    }

    /** Created on first use: the preferences behind it are slow to open, and the first window needs none. */
    private synchronized RecentFiles recent() {
        if (recent == null) recent = RecentFiles.forUser();
        return recent;
    }

    static String stylesheet() {
        return TrustproofApp.class.getResource("trustproof.css").toExternalForm();
    }

    private StartScreen newStartScreen() {
        StartScreen screen = new StartScreen(recent().list(), this::chooseReview, this::chooseImport, this::openDemo, this::openReview);
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
                ReviewSession session = ReviewSession.open(reviewFile);
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
                        Platform.runLater(() -> working(String.format("Imported %,d", done) + (total > 0 ? String.format(" of %,d", total) : "") + " recipients",
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
        if (review.file() != null) worker.execute(() -> recent().remember(review.file()));
        ReviewWindow window = ReviewWindow.create(review, worker, this);
        setRoot(window);
        stage.setTitle("Trustproof — " + (review.file() == null ? "review" : review.file().getFileName()));
        window.start();
        window.warmUp();
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
