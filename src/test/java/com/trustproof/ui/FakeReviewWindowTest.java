package com.trustproof.ui;

import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

/** The window on the in-memory fake: runs whatever state the real review layer is in. */
class FakeReviewWindowTest extends WindowTestBase {
    @Start
    void start(Stage stage) throws Exception { startWindow(stage); }

    @Override
    ReviewService openReview(Path dir) { return new FakeReviewService(500); }

    @Override
    String nonConsentingSearch() { return "p0@"; }
}
