package com.trustproof.ui;

import atlantafx.base.theme.PrimerLight;
import com.trustproof.TestFiles;
import com.trustproof.app.Progress;
import com.trustproof.app.ReviewSession;
import javafx.application.Application;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real window on a long list whose checks are pending: it says what is still being worked
 * out while the pass runs (held here until the test lets it go), and fills everything in after.
 */
@ExtendWith(ApplicationExtension.class)
class PendingChecksWindowTest {
    @TempDir
    static Path dir;

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final CountDownLatch release = new CountDownLatch(1);
    private ReviewService review;
    private ReviewWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path list = TestFiles.longList(dir, (int) ReviewSession.CHECK_AT_IMPORT_UP_TO + 1);
        ReviewSession session = worker.submit(() -> ReviewSession.importFiles(dir.resolve("long.trustproof"),
                TestFiles.DEMO_CAMPAIGN, list, Progress.NONE)).get();
        SessionReviewService real = new SessionReviewService(session);
        // the real review, except that its check pass waits for the test's go-ahead
        review = (ReviewService) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{ReviewService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("completeChecks")) {
                        ((Progress) args[0]).update(1, 2);
                        release.await(30, TimeUnit.SECONDS);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        window = WindowTestBase.showWindow(stage, review, worker);
    }

    @AfterEach
    void close() throws Exception {
        release.countDown();
        worker.submit(review::close).get();
        worker.shutdown();
    }

    private static <T> T fx(java.util.concurrent.Callable<T> read) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(read));
    }

    @Test
    void saysWhatIsPendingWhileCheckingAndFillsInAfter(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> window.viewModel().checks().runningProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        showTab(robot, KeyCode.DIGIT2);
        assertEquals("Variant groups appear once every message is checked (50% done)",
                fx(() -> robot.lookup("#groups-placeholder").queryAs(Label.class).getText()));
        showTab(robot, KeyCode.DIGIT4);
        assertEquals("Recipients by rule (once the check is done: 50%)",
                fx(() -> robot.lookup("#rule-chart").queryAs(BarChart.class).getTitle()));
        assertTrue(fx(() -> robot.lookup("#count-high").queryAs(Label.class).getText()).endsWith("high so far"));
        assertTrue(fx(() -> robot.lookup("#check-progress").query().isVisible()));

        release.countDown();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> !window.viewModel().checks().runningProperty().get()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> window.viewModel().jobs().runningProperty().get() == 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Recipients by rule", fx(() -> robot.lookup("#rule-chart").queryAs(BarChart.class).getTitle()));
        String high = fx(() -> robot.lookup("#count-high").queryAs(Label.class).getText());
        assertTrue(high.matches("[1-9][\\d,]* high"), high);
        assertTrue(fx(() -> window.viewModel().groups().groups().size()) > 0, "variant groups are there after the pass");
    }

    /** Only the shown tab's content is in the scene: the reviewer's Ctrl and a number shows a tab. */
    private static void showTab(FxRobot robot, KeyCode number) {
        robot.press(KeyCode.CONTROL).type(number).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
