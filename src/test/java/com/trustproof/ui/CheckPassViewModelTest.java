package com.trustproof.ui;

import com.trustproof.TestFiles;
import com.trustproof.app.Progress;
import com.trustproof.app.ReviewSession;
import com.trustproof.model.ReviewCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Opening a review whose checks are pending runs them and then shows the checked review. */
class CheckPassViewModelTest {
    @TempDir
    Path dir;

    @Test
    void openingALongUncheckedImportChecksItAndRefreshesTheWindow() {
        Path list = TestFiles.longList(dir, (int) ReviewSession.CHECK_AT_IMPORT_UP_TO + 1);
        ReviewSession session = ReviewSession.importFiles(dir.resolve("long.trustproof"), TestFiles.DEMO_CAMPAIGN, list, Progress.NONE);
        assertTrue(session.checksPending());
        try (SessionReviewService review = new SessionReviewService(session)) {
            ReviewViewModel vm = new ReviewViewModel(review, Jobs.sameThread(), Debouncer.immediate());
            vm.start();
            ReviewCounts counts = vm.countsProperty().get();
            assertEquals(0, counts.unchecked());
            assertEquals(counts.total(), counts.high() + counts.medium() + counts.low() + counts.clean());
            assertTrue(counts.high() > 0, "recipients without consent are high");
            assertFalse(vm.checks().runningProperty().get());
            assertEquals(1.0, vm.checks().progressProperty().get());
            assertTrue(vm.noticeProperty().get().text().startsWith("Every message is checked"), vm.noticeProperty().get().text());
            assertTrue(vm.list().rows().get(0).checked(), "the list shows checked rows after the pass");
            assertFalse(review.checksPending());
        }
    }
}
