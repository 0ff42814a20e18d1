package com.trustproof.ui;

import com.trustproof.model.DecisionStatus;
import com.trustproof.model.RecipientRow;
import com.trustproof.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The review view model on a fake review, everything on the test thread (no toolkit). */
class ReviewViewModelTest {
    private final FakeReviewService review = new FakeReviewService(1000);
    private final ReviewViewModel vm = new ReviewViewModel(review, Jobs.sameThread(), Debouncer.immediate());

    @Test
    void startsOnTheFirstRecipientWithCounts() {
        vm.start();
        assertEquals(1000, vm.list().rows().size());
        assertEquals(0, vm.list().selectedIndexProperty().get());
        assertEquals(0, vm.recipient().detail().recipient().id());
        assertEquals(1000, vm.countsProperty().get().pending());
    }

    @Test
    void readsOnlyThePagesItNeeds() {
        vm.start();
        int before = review.pageCalls.get();
        RecipientRow row = vm.list().rows().get(950);
        assertEquals(950, row.id());
        vm.list().rows().get(951);
        assertEquals(before + 1, review.pageCalls.get(), "one page fetch covers neighbouring rows");
    }

    @Test
    void approvingUpdatesCountsAndUndoRestores() {
        vm.start();
        vm.list().next();
        vm.decide(DecisionStatus.APPROVED, null);
        assertEquals(1, vm.countsProperty().get().approved());
        assertEquals(DecisionStatus.APPROVED, vm.list().selectedRowProperty().get().status());
        assertTrue(vm.canUndoProperty().get());

        vm.undoLast();
        assertEquals(0, vm.countsProperty().get().approved());
        assertEquals(DecisionStatus.PENDING, vm.list().selectedRowProperty().get().status());
        assertFalse(vm.canUndoProperty().get());
    }

    @Test
    void rejectKeepsTheNoteAndUndoBringsBackTheEarlierNote() {
        vm.start();
        vm.list().select(2);
        vm.decide(DecisionStatus.REJECTED, "wrong city");
        assertEquals("wrong city", vm.recipient().detail().decision().note());
        vm.decide(DecisionStatus.APPROVED, null);
        vm.undoLast();
        assertEquals(DecisionStatus.REJECTED, vm.recipient().detail().decision().status());
        assertEquals("wrong city", vm.recipient().detail().decision().note());
    }

    @Test
    void approvingWithoutConsentBecomesANoticeNotAnException() {
        vm.start();
        vm.decide(DecisionStatus.APPROVED, null);
        Notice notice = vm.noticeProperty().get();
        assertNotNull(notice);
        assertEquals(Notice.Kind.PROBLEM, notice.kind());
        assertTrue(notice.text().contains("has not consented"), notice.text());
        assertEquals(0, vm.countsProperty().get().approved());
    }

    @Test
    void nextHighSkipsToTheNextRowWithAHighFinding() {
        vm.start();
        vm.list().select(1);
        vm.list().nextHigh(() -> { throw new AssertionError("there is one"); });
        assertEquals(3, vm.list().selectedIndexProperty().get());
        assertSame(Severity.HIGH, vm.list().selectedRowProperty().get().worst());
    }

    @Test
    void filteringToHighShrinksTheList() {
        vm.start();
        vm.list().showOnlyHigh();
        assertEquals(334, vm.list().rows().size());
        assertTrue(vm.list().rows().stream().allMatch(r -> r.worst() == Severity.HIGH));
    }

    @Test
    void bulkApproveCountsFirstThenApproves() {
        vm.start();
        AtomicLong approvable = new AtomicLong(-1);
        vm.countApprovable(Severity.LOW, approvable::set);
        assertEquals(666, approvable.get());
        vm.approveClean(Severity.LOW);
        assertEquals(666, vm.countsProperty().get().approved());
    }

    @Test
    void decidingAGroupDecidesEveryMember() {
        vm.start();
        vm.decideGroup("v1", DecisionStatus.APPROVED, null);
        assertEquals(333, vm.countsProperty().get().approved());
        assertEquals(333, vm.groups().groups().stream().filter(g -> g.variant().equals("v1")).findFirst().orElseThrow().approved());
    }
}
