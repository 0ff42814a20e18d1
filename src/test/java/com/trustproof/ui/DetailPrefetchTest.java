package com.trustproof.ui;

import com.trustproof.model.DecisionStatus;
import com.trustproof.model.MessageField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The selection's neighbours are read ahead so J/K shows them without a worker job, and nothing
 * prefetched outlives a change. The worker and the UI thread hold their work until the test runs it,
 * so "shown without a worker job" means shown while neither has run.
 */
class DetailPrefetchTest {
    private final List<Runnable> worker = new ArrayList<>();
    private final List<Runnable> uiThread = new ArrayList<>();
    private final FakeReviewService review = new FakeReviewService(100);
    private final ReviewViewModel vm = new ReviewViewModel(review, new Jobs(worker::add, uiThread::add), Debouncer.immediate());

    @BeforeEach
    void startOnTheFirstRecipientWithNeighboursRead() {
        vm.start();
        runWorker();
        assertEquals(0, shownId());
    }

    @Test
    void theNextRecipientShowsAtOnceAndAFarOneWaitsForTheWorker() {
        vm.list().next();
        assertEquals(1, shownId(), "prefetched: applied without running the worker");
        vm.list().previous();
        assertEquals(0, shownId(), "the one left is kept for K");

        vm.list().select(50);
        assertEquals(0, shownId(), "not a neighbour: read by the worker as before");
        runWorker();
        assertEquals(50, shownId());
    }

    @Test
    void theRowsOnScreenAreReadAheadSoAClickOnOneShowsAtOnce() {
        vm.rowsOnScreen(40, 60);
        runWorker();
        vm.list().select(55);
        assertEquals(55, shownId(), "on screen: read ahead, applied without running the worker");
        vm.list().select(80);
        assertEquals(55, shownId(), "off screen: read by the worker");
        runWorker();
        assertEquals(80, shownId());
    }

    @Test
    void theRowThePointerRestsOnIsUpcomingUntilTheSelectionMoves() {
        vm.rowsOnScreen(0, 20);
        runWorker();
        vm.pointerRestsOn(12);
        assertEquals(12, vm.recipient().upcomingProperty().get().recipient().id(), "a click is likelier than J now");
        vm.pointerRestsOn(-1); // the pointer left the list
        assertEquals(1, vm.recipient().upcomingProperty().get().recipient().id(), "the next one again");

        vm.pointerRestsOn(12);
        var pointedAt = vm.recipient().upcomingProperty().get();
        vm.list().select(12); // the click
        assertSame(pointedAt, vm.recipient().detail(), "shown without a worker job");
        runWorker();
        assertEquals(13, vm.recipient().upcomingProperty().get().recipient().id(), "then the next one, for J");
        vm.list().next();
        runWorker();
        assertEquals(14, vm.recipient().upcomingProperty().get().recipient().id(), "the row pointed at before is forgotten");
    }

    @Test
    void theNextRecipientIsReadyBeforeTheRowsOnScreenAreRead() {
        vm.list().setRowsOnScreen(40, 60);
        vm.list().select(30); // its neighbours and the 21 rows on screen are read ahead
        worker.remove(0).run(); // 30's own detail
        worker.remove(0).run(); // the first read-ahead job
        runUiThread();
        assertEquals(30, shownId());
        assertEquals(31, vm.recipient().upcomingProperty().get().recipient().id(), "built ahead for J already");
        assertTrue(worker.size() >= 4, "while the rows on screen are still being read: " + worker.size());
    }

    @Test
    void aClickOffTheReadAheadStopsItSoItsOwnReadNeedNotWait() {
        Runnable[] resting = new Runnable[1];
        ReviewViewModel held = new ReviewViewModel(review, new Jobs(worker::add, uiThread::add), Debouncer.immediate(),
                action -> resting[0] = action); // the test says when the selection has rested
        held.start();
        runWorker();
        held.rowsOnScreen(40, 60);
        resting[0].run(); // the read-ahead of 21 rows is queued…
        held.list().select(80); // …and a click elsewhere comes before it has run
        int before = review.detailCalls.get();
        worker.remove(0).run(); // the read-ahead, which is no longer wanted
        assertEquals(0, review.detailCalls.get() - before, "it stopped before reading");
        runWorker();
        assertEquals(80, held.recipient().detail().recipient().id());
    }

    @Test
    void aNeighbourShowsItsNewDecisionAfterABulkDecision() {
        vm.decideGroup("v1", DecisionStatus.REJECTED, "bulk"); // recipients 1, 4, 7, …
        vm.list().next();
        assertEquals(0, shownId(), "the prefetched detail of 1 predates the decision");
        runWorker();
        assertEquals(1, shownId());
        assertEquals(DecisionStatus.REJECTED, vm.recipient().detail().decision().status());
        assertEquals("bulk", vm.recipient().detail().decision().note());
    }

    @Test
    void goingBackToADecidedRecipientShowsTheDecision() {
        vm.list().next();
        vm.decide(DecisionStatus.REJECTED, "wrong city");
        runWorker();
        vm.list().next();
        vm.list().previous();
        runWorker();
        assertEquals(1, shownId());
        assertEquals(DecisionStatus.REJECTED, vm.recipient().detail().decision().status());

        vm.undoLast();
        runWorker();
        vm.list().previous();
        vm.list().next();
        runWorker();
        assertEquals(DecisionStatus.PENDING, vm.recipient().detail().decision().status());
    }

    @Test
    void aPrefetchThatFinishesAfterADecisionIsDropped() {
        vm.list().select(50);
        worker.remove(0).run(); // recipient 50's own detail
        runUiThread();
        assertEquals(50, shownId());
        worker.remove(0).run(); // the neighbours are read, 51 still pending…
        vm.decideGroup("v0", DecisionStatus.REJECTED, "bulk"); // …then 51's group is decided (51 is in v0)
        runUiThread(); // and only now does the read come back
        vm.list().next();
        assertEquals(50, shownId(), "the read from before the decision is not used");
        runWorker();
        assertEquals(51, shownId());
        assertEquals(DecisionStatus.REJECTED, vm.recipient().detail().decision().status());
    }

    @Test
    void aNeighbourPreviewsTheDraftNotTheSavedTemplate() {
        vm.template().edit(MessageField.BODY, "Bye {{first_name}}");
        runWorker();
        vm.list().next();
        runWorker();
        assertEquals(1, shownId());
        assertTrue(vm.recipient().detail().rendering().body().text().startsWith("Bye"),
                vm.recipient().detail().rendering().body().text());
    }

    @Test
    void afterANewFilterItsNeighboursAreReadAhead() {
        vm.list().filterSearch("Person 2"); // 2, 20..29
        runWorker();
        assertEquals(2, shownId(), "the first of the filtered list");
        vm.list().next();
        assertEquals(20, shownId(), "the new list's neighbours are read ahead");
    }

    @Test
    void neighboursAreReadOnceTheSelectionRests() {
        Runnable[] resting = new Runnable[1];
        ReviewViewModel held = new ReviewViewModel(review, new Jobs(worker::add, uiThread::add), Debouncer.immediate(),
                action -> resting[0] = action); // the test says when the selection has rested
        held.start();
        runWorker();
        resting[0].run();
        runWorker();
        held.list().next();
        runWorker();
        held.list().next();
        runWorker();
        assertEquals(2, held.recipient().detail().recipient().id(), "read ahead around 0");
        var upcoming = held.recipient().upcomingProperty().get();
        held.list().next();
        assertEquals(2, held.recipient().detail().recipient().id(), "nothing was read ahead while moving");
        assertSame(upcoming, held.recipient().upcomingProperty().get(),
                "nothing new to build ahead either: it follows the read-ahead, not each selection");
        runWorker();
        resting[0].run(); // J let go on 3
        runWorker();
        held.list().next();
        assertEquals(4, held.recipient().detail().recipient().id(), "read ahead around 3");
    }

    @Test
    void aNeighbourReadBeforeTheCheckPassIsNotShownAfterIt() {
        FakeReviewService pending = new FakeReviewService(10);
        pending.unchecked = true;
        // everything at once: the neighbours are read unchecked, then the pass runs and completes
        ReviewViewModel checking = new ReviewViewModel(pending, Jobs.sameThread(), Debouncer.immediate());
        checking.start();
        checking.list().next();
        assertEquals(1, checking.recipient().detail().recipient().id());
        assertEquals(pending.rows.get(1).score(), checking.recipient().detail().score(), "scored by the check pass");
        assertTrue(checking.recipient().detail().score() > 0);
    }

    @Test
    void theUpcomingDetailIsTheNextRecipientsAndJShowsThatVeryDetail() {
        var upcoming = vm.recipient().upcomingProperty().get();
        assertEquals(1, upcoming.recipient().id(), "read ahead around 0, the next one first");
        vm.list().next();
        assertSame(upcoming, vm.recipient().detail(), "a preview built for it ahead is the one to show");
        runWorker(); // the selection's neighbours are read
        assertEquals(2, vm.recipient().upcomingProperty().get().recipient().id());
    }

    @Test
    void nothingIsUpcomingOnceDetailsMayHaveChanged() {
        assertNotNull(vm.recipient().upcomingProperty().get());
        vm.decideGroup("v1", DecisionStatus.REJECTED, "bulk");
        assertNull(vm.recipient().upcomingProperty().get(), "read before the decision");
        vm.list().next();
        runWorker();
        assertEquals(2, vm.recipient().upcomingProperty().get().recipient().id(), "read after it");

        vm.template().edit(MessageField.BODY, "Bye {{first_name}}");
        runWorker();
        assertNull(vm.recipient().upcomingProperty().get(), "not while a draft is previewed");
    }

    private long shownId() { return vm.recipient().detail().recipient().id(); }

    /** Runs queued work and hands its results over, until both threads are idle. */
    private void runWorker() {
        while (!worker.isEmpty() || !uiThread.isEmpty()) {
            if (!worker.isEmpty()) worker.remove(0).run();
            runUiThread();
        }
    }

    private void runUiThread() {
        while (!uiThread.isEmpty()) uiThread.remove(0).run();
    }
}
