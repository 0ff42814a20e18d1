package com.trustproof.ui;

import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

/** The window on the demo data imported into a temp dir through the real ReviewSession. */
class DemoReviewWindowTest extends WindowTestBase {
    @Start
    void start(Stage stage) throws Exception { startWindow(stage); }

    @Override
    ReviewService openReview(Path dir) { return DemoReviewFixture.importInto(dir); }

    @Override
    String nonConsentingSearch() { return "pat.greene"; }
}
