package com.trustproof.ui;

import com.trustproof.app.RecipientDetail;
import com.trustproof.model.RecipientRow;
import com.trustproof.model.ReviewCounts;
import com.trustproof.model.Decision;
import com.trustproof.model.DecisionStatus;
import com.trustproof.model.Severity;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The whole review as the window sees it: the list, the recipient on screen, counts, decisions
 * with undo, and the other tabs' view models. Notices carry errors a reviewer can act on.
 */
public final class ReviewViewModel {
    private final ReviewService review;
    private final Jobs jobs;
    private final RecipientListViewModel list;
    private final RecipientDetailViewModel recipient;
    private final GroupsViewModel groups;
    private final TemplateViewModel template;
    private final OverviewViewModel overview;
    private final ExportViewModel export;
    private final CheckPassViewModel checks;
    private final ReadOnlyObjectWrapper<ReviewCounts> counts = new ReadOnlyObjectWrapper<>(this, "counts",
            new ReviewCounts(0, 0, 0, 0, 0, 0, 0, 0));
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final Deque<UndoStep> undo = new ArrayDeque<>();
    /** Recipients either side of the selection whose details are read ahead (J/K). */
    private static final int PREFETCH_RADIUS = 2;
    private long noticeSeq;
    private final Debouncer prefetchDelay;

    /** What a decision replaced, so Ctrl+Z can put it back. */
    private record UndoStep(long recipientId, String who, DecisionStatus status, String note) {}

    /** Neighbours are read ahead at once (tests: the worker is the test thread). */
    public ReviewViewModel(ReviewService review, Jobs jobs, Debouncer recheckDelay) {
        this(review, jobs, recheckDelay, Debouncer.immediate());
    }

    /**
     * {@code prefetchDelay} holds the read-ahead of the selection's neighbours until the selection has
     * rested a moment: it then no longer competes for the cores with painting the selection, and
     * holding J down does not read neighbours the reviewer has passed before they are needed.
     */
    public ReviewViewModel(ReviewService review, Jobs jobs, Debouncer recheckDelay, Debouncer prefetchDelay) {
        this.review = review;
        this.jobs = jobs;
        jobs.setFallbackErrorHandler(error -> problem(describe(error)));
        this.list = new RecipientListViewModel(review, jobs);
        this.recipient = new RecipientDetailViewModel(review, jobs);
        this.groups = new GroupsViewModel(review, jobs);
        this.template = new TemplateViewModel(review, jobs, recheckDelay);
        this.overview = new OverviewViewModel(review, jobs);
        this.export = new ExportViewModel(review, jobs);
        this.checks = new CheckPassViewModel(review, jobs, jobs.separate("trustproof-check-pass"));
        this.prefetchDelay = prefetchDelay;
        list.selectedRowProperty().addListener((obs, was, row) -> {
            recipient.show(row == null ? -1 : row.id());
            prefetchDelay.request(this::prefetchNeighbours);
        });
        recipient.draftProperty().bind(template.draftProperty());
        template.setOnSaved(this::reloadAll);
        forgetPrefetchedOnChanges();
    }

    /**
     * The view shows rows {@code first} to {@code last} now: once they rest there, their details are read
     * ahead with the selection's neighbours, so that a click on one needs no worker round trip.
     */
    public void rowsOnScreen(int first, int last) {
        list.setRowsOnScreen(first, last);
        prefetchDelay.request(this::prefetchNeighbours);
    }

    /** The pointer rests on row {@code index} (-1: it left the list); see {@link RecipientDetailViewModel#expect}. */
    public void pointerRestsOn(int index) { recipient.expect(index < 0 ? -1 : list.idAt(index)); }

    /**
     * Keeps the details of the neighbours of the selection (as it is now, not when it was asked for)
     * ready, then those of the rows on screen, unless they may change any moment.
     */
    private void prefetchNeighbours() {
        if (checks.runningProperty().get() || template.savingProperty().get()) return;
        java.util.Set<Long> ids = new java.util.LinkedHashSet<>(list.idsAround(PREFETCH_RADIUS));
        ids.addAll(list.idsOnScreen());
        recipient.prefetch(List.copyOf(ids));
    }

    /**
     * What changes details without a decision going through here: the check pass (rows get their
     * first check, decisions may go back to pending), a template save (every rendering changes) and
     * a new filter or order (other neighbours). Decisions forget in {@link #beforeDecisions}.
     */
    private void forgetPrefetchedOnChanges() {
        checks.runningProperty().addListener((obs, was, now) -> recipient.forgetPrefetched());
        checks.progressProperty().addListener((obs, was, now) -> recipient.forgetPrefetched());
        template.savingProperty().addListener((obs, was, now) -> recipient.forgetPrefetched());
        list.queryProperty().addListener((obs, was, now) -> recipient.forgetPrefetched());
    }

    public ReviewService review() { return review; }
    public Jobs jobs() { return jobs; }
    public RecipientListViewModel list() { return list; }
    public RecipientDetailViewModel recipient() { return recipient; }
    public GroupsViewModel groups() { return groups; }
    public TemplateViewModel template() { return template; }
    public OverviewViewModel overview() { return overview; }
    public ExportViewModel export() { return export; }
    public CheckPassViewModel checks() { return checks; }
    public ReadOnlyObjectProperty<ReviewCounts> countsProperty() { return counts.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Notice> noticeProperty() { return notice.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }

    /** First load of everything. */
    public void start() {
        reloadAll();
        template.load();
        checks.startIfPending(reset -> {
            info("Every message is checked: scores, findings and variant groups are complete"
                    + (reset > 0 ? String.format("; %,d earlier decisions went back to pending because their message changed", reset) : ""));
            reloadAll();
            template.load();
        }, this::problem);
    }

    public void reloadAll() {
        list.load();
        refreshCounts();
        groups.load();
        overview.load();
        recipient.reload();
    }

    public void refreshCounts() { jobs.submit(review::counts, counts::set); }

    /** Decides the recipient on screen; approving one without consent shows why it is refused. */
    public void decide(DecisionStatus status, String note) {
        RecipientRow row = list.selectedRowProperty().get();
        if (row == null || row.id() < 0) return;
        RecipientDetail shown = recipient.detail();
        Decision before = shown != null && shown.recipient().id() == row.id() ? shown.decision() : null;
        UndoStep step = new UndoStep(row.id(), row.name(),
                before == null ? row.status() : before.status(), before == null ? null : before.note());
        beforeDecisions();
        jobs.submit(() -> { review.decide(row.id(), status, blankToNull(note)); return true; }, done -> {
            undo.push(step);
            canUndo.set(true);
            afterDecisions();
        }, error -> problem(describe(error)));
    }

    /** Puts back the status and note the last decision replaced. */
    public void undoLast() {
        UndoStep step = undo.poll();
        canUndo.set(!undo.isEmpty());
        if (step == null) return;
        DecisionStatus previous = step.status() == null ? DecisionStatus.PENDING : step.status();
        beforeDecisions();
        jobs.submit(() -> { review.decide(step.recipientId(), previous, step.note()); return true; }, done -> {
            info("Undone: " + step.who() + " is " + previous.id() + " again");
            afterDecisions();
        }, error -> problem(describe(error)));
    }

    /** How many recipients "approve all clean" would approve (for the confirmation). */
    public void countApprovable(Severity maxSeverity, LongConsumer then) {
        jobs.submit(() -> review.countApprovable(maxSeverity), then::accept);
    }

    public void approveClean(Severity maxSeverity) {
        beforeDecisions();
        jobs.submit(() -> review.approveClean(maxSeverity), approved -> {
            info("Approved " + approved + " recipients with no finding above " + maxSeverity.id());
            afterDecisions();
        });
    }

    public void decideGroup(String variant, DecisionStatus status, String note) {
        beforeDecisions();
        groups.decide(variant, status, note, changed -> {
            info(changed + " recipients " + status.id());
            afterDecisions();
        });
    }

    /**
     * Until a decision has landed a prefetched detail may show the old one: forget them now (reads
     * already queued come back dropped) and again after, when the recipient on screen is re-read.
     */
    private void beforeDecisions() { recipient.forgetPrefetched(); }

    private void afterDecisions() {
        list.refresh();
        refreshCounts();
        recipient.reload();
        groups.load();
        overview.load();
    }

    public void info(String text) { notice.set(new Notice(text, Notice.Kind.INFO, ++noticeSeq)); }

    public void problem(String text) { notice.set(new Notice(text, Notice.Kind.PROBLEM, ++noticeSeq)); }

    /** A message for people: the exception's own words, never a stack trace. */
    static String describe(Throwable error) {
        String message = error.getMessage();
        if (message == null || message.isBlank()) return "Something went wrong (" + error.getClass().getSimpleName() + ")";
        return message;
    }

    private static String blankToNull(String text) { return text == null || text.isBlank() ? null : text.strip(); }
}
