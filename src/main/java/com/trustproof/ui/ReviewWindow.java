package com.trustproof.ui;

import com.trustproof.model.DecisionStatus;
import com.trustproof.model.Severity;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.NotificationPane;
import org.fxmisc.richtext.GenericStyledArea;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The whole window for one open review. Build it on any {@link ReviewService} and worker executor:
 * {@code new ReviewWindow(service, jobs, debouncer, host)}; tests do exactly that on a review in a
 * temp dir. Call {@link #start()} once it is in a scene.
 */
public final class ReviewWindow extends BorderPane {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "trustproof-debounce");
        t.setDaemon(true);
        return t;
    });
    /**
     * The selection rests this long before its neighbours are read ahead: long enough for its own
     * preview to be painted on a busy machine (p95 ~100 ms), short against the time a reviewer reads.
     */
    private static final java.time.Duration PREFETCH_PAUSE = java.time.Duration.ofMillis(120);

    private final ReviewViewModel vm;
    private final WindowHost host;
    private final TabPane tabs = new TabPane();
    private final Tab reviewTab;
    private final Tab groupsTab;
    private final Tab templateTab;
    private final Tab overviewTab;
    private final ReviewPane reviewPane;
    private final TemplatePane templatePane;
    private final GroupsPane groupsPane;
    private final NotificationPane notifications;
    private final PauseTransition noticeTimeout = new PauseTransition(Duration.seconds(6));
    private final HBox exportBox;

    /** The window on a review, with background work on {@code worker} (use one thread). */
    public static ReviewWindow create(ReviewService review, Executor worker, WindowHost host) {
        Jobs jobs = Jobs.forFx(worker);
        return new ReviewWindow(review, jobs, Debouncer.after(java.time.Duration.ofMillis(300), TIMER, jobs.uiThread()),
                Debouncer.after(PREFETCH_PAUSE, TIMER, jobs.uiThread()), host);
    }

    /** The window straight on an open session (what the app and most tests want). */
    public static ReviewWindow create(com.trustproof.app.ReviewSession session, Executor worker) {
        return create(new SessionReviewService(session), worker, WindowHost.NONE);
    }

    /** Neighbours of the selection are read ahead at once (see the five-argument constructor). */
    public ReviewWindow(ReviewService review, Jobs jobs, Debouncer recheckDelay, WindowHost host) {
        this(review, jobs, recheckDelay, Debouncer.immediate(), host);
    }

    /** {@code prefetchDelay}: how long the selection rests before its neighbours are read ahead. */
    public ReviewWindow(ReviewService review, Jobs jobs, Debouncer recheckDelay, Debouncer prefetchDelay, WindowHost host) {
        this.vm = new ReviewViewModel(review, jobs, recheckDelay, prefetchDelay);
        this.host = host;
        getStyleClass().add("review-window");
        setId("review-window");
        reviewPane = new ReviewPane(vm);
        groupsPane = new GroupsPane(vm, this::openGroupMembers);
        templatePane = new TemplatePane(vm.template(), this::showRule, vm::problem);
        OverviewPane overview = new OverviewPane(vm, this::showRule, this::showSegment);
        reviewTab = tab("Review", Feather.INBOX, reviewPane);
        groupsTab = inSceneWhileShown("Variant groups", Feather.LAYERS, groupsPane);
        templateTab = inSceneWhileShown("Template", Feather.EDIT_3, templatePane);
        overviewTab = inSceneWhileShown("Overview", Feather.BAR_CHART_2, overview);
        tabs.getTabs().addAll(reviewTab, groupsTab, templateTab, overviewTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("tabs");
        // coming back to the review puts the keyboard on the list, where the shortcuts live
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now == reviewTab) javafx.application.Platform.runLater(reviewPane::focusList);
        });

        notifications = new NotificationPane(tabs);
        notifications.setId("notifications");
        notifications.setShowFromTop(true);
        noticeTimeout.setOnFinished(e -> notifications.hide());
        vm.noticeProperty().addListener((o, was, notice) -> showNotice(notice));

        StatusLine status = new StatusLine(vm);
        exportBox = exportProgress();
        status.getLeftItems().addAll(checkProgress(), exportBox);

        setTop(new ReviewMenus(this).bar());
        setCenter(notifications);
        setBottom(status);
        new FileDrop(this, host, vm::problem).install();
    }

    private static Tab tab(String title, Feather icon, Node content) {
        Tab tab = new Tab(title, content);
        tab.setGraphic(new FontIcon(icon));
        return tab;
    }

    /**
     * A tab whose content is in the scene only while it is shown. The renderer walks every node of the
     * scene on each frame, shown or not, and the other tabs held ~800 of the ~1,750 nodes while the
     * reviewer went through the list (render CPU of a J frame -10%). Showing the tab again builds its
     * cells anew: ~40 ms, and 120-270 ms the first time, in cold code. The content is in the scene for
     * the window's first pulse, while the window opens, which takes 30-90 ms off that first time
     * (PreviewLatencyBenchmark tabs). The review's own tab stays in: coming back to the list costs
     * nothing extra.
     */
    private static Tab inSceneWhileShown(String title, Feather icon, Node content) {
        Tab tab = tab(title, icon, content);
        tab.selectedProperty().addListener((o, was, now) -> tab.setContent(now ? content : null));
        content.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o, javafx.scene.Scene was, javafx.scene.Scene scene) {
                if (scene == null) return;
                content.sceneProperty().removeListener(this);
                Runnable[] afterFirstPulse = new Runnable[1];
                afterFirstPulse[0] = () -> {
                    scene.removePostLayoutPulseListener(afterFirstPulse[0]);
                    if (!tab.isSelected()) tab.setContent(null);
                };
                scene.addPostLayoutPulseListener(afterFirstPulse[0]);
            }
        });
        return tab;
    }

    /** Loads everything; call once the window is showing. */
    public void start() {
        vm.start();
        reviewPane.focusList();
    }

    public ReviewViewModel viewModel() { return vm; }

    /**
     * Starts warming up J's work off screen while the reviewer reads (see {@link PaintWarmUp}); call
     * once started. Returns a count of the warm-up steps done so far.
     */
    public java.util.function.IntSupplier warmUp() { return reviewPane.warmUp()::stepsDone; }

    WindowHost host() { return host; }

    // ---- actions (menus and keys call these) ----

    /** Single-letter shortcuts must not fire while the reviewer is typing. */
    boolean isTyping() {
        Scene scene = getScene();
        Node focus = scene == null ? null : scene.getFocusOwner();
        if (focus instanceof TextInputControl input) return input.isEditable();
        if (focus instanceof GenericStyledArea<?, ?, ?> area) return area.isEditable();
        return false;
    }

    private boolean reviewing() {
        return !isTyping() && tabs.getSelectionModel().getSelectedItem() == reviewTab;
    }

    void approve() { if (reviewing()) vm.decide(DecisionStatus.APPROVED, null); }

    void reject() { if (reviewing()) reviewPane.startReject(); }

    void backToPending() { if (reviewing()) vm.decide(DecisionStatus.PENDING, null); }

    void next() { if (reviewing()) vm.list().next(); }

    void previous() { if (reviewing()) vm.list().previous(); }

    void nextHigh() { if (reviewing()) vm.list().nextHigh(() -> vm.info("No further recipient with a high finding")); }

    void undo() { if (!isTyping()) vm.undoLast(); }

    void search() {
        tabs.getSelectionModel().select(reviewTab);
        reviewPane.focusSearch();
    }

    void onlyHigh() {
        tabs.getSelectionModel().select(reviewTab);
        vm.list().showOnlyHigh();
    }

    void clearFilters() { vm.list().clearFilters(); }

    void showTab(int index) { tabs.getSelectionModel().select(index); }

    /** Asks with the exact number first, then approves everything with no high or medium finding. */
    void approveAllClean() {
        vm.countApprovable(Severity.LOW, count -> {
            if (count == 0) {
                vm.info("No pending recipient without a high or medium finding");
                return;
            }
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                    "Approve " + count + " pending recipients with no high or medium finding?", ButtonType.OK, ButtonType.CANCEL);
            confirm.setHeaderText(String.format("Approve %,d recipients", count));
            confirm.initOwner(window());
            confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> vm.approveClean(Severity.LOW));
        });
    }

    void saveTemplate() {
        if (vm.checks().runningProperty().get()) {
            vm.problem("The messages are still being checked; save the template when that is done");
            return;
        }
        vm.template().save(() -> vm.info("Template saved; changed messages went back to pending"), vm::problem);
    }

    void recheckTemplate() { vm.template().recheck(); }

    void openReview() { FileChoosers.review(window()).ifPresent(host::openReview); }

    void importFiles() {
        FileChoosers.importFiles(window()).ifPresent(c -> host.importReview(c.campaign(), c.recipients(), c.review()));
    }

    void exportApproved() { FileChoosers.exportTarget(window()).ifPresent(this::exportTo); }

    /** Exports without a chooser (the chooser's second half; tests call it directly). */
    public void exportTo(Path out) {
        vm.export().export(out,
                rows -> vm.info("Exported " + rows + " approved sends to " + out.getFileName()),
                vm::problem);
    }

    /** While a large import's messages are checked in the background: the reviewer can already work. */
    private HBox checkProgress() {
        ProgressBar bar = new ProgressBar();
        bar.setId("check-progress");
        bar.setPrefWidth(140);
        bar.progressProperty().bind(vm.checks().progressProperty());
        Label label = new Label();
        label.textProperty().bind(javafx.beans.binding.Bindings.format("Checking messages %.0f%%",
                vm.checks().progressProperty().multiply(100)));
        label.setTooltip(new javafx.scene.control.Tooltip("Scores, severity filters and variant groups fill in as recipients are checked"));
        HBox box = new HBox(6, label, bar);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(vm.checks().runningProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private HBox exportProgress() {
        ProgressBar bar = new ProgressBar();
        bar.setId("export-progress");
        bar.setPrefWidth(140);
        bar.progressProperty().bind(vm.export().progressProperty());
        Button cancel = new Button("Cancel", new FontIcon(Feather.X));
        cancel.getStyleClass().addAll("small", "flat");
        cancel.setOnAction(e -> vm.export().cancel());
        HBox box = new HBox(6, new Label("Exporting"), bar, cancel);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(vm.export().runningProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void openGroupMembers(String variant) {
        vm.list().filterVariant(variant);
        tabs.getSelectionModel().select(reviewTab);
        reviewPane.focusList();
    }

    private void showRule(String rule) {
        vm.list().clearFilters();
        vm.list().filterRule(rule);
        tabs.getSelectionModel().select(reviewTab);
    }

    private void showSegment(String segment) {
        vm.list().clearFilters();
        vm.list().filterSegment(segment);
        tabs.getSelectionModel().select(reviewTab);
    }

    private void showNotice(Notice notice) {
        if (notice == null) return;
        notifications.getStyleClass().removeAll("notice-problem", "notice-info");
        notifications.getStyleClass().add(notice.kind() == Notice.Kind.PROBLEM ? "notice-problem" : "notice-info");
        FontIcon icon = new FontIcon(notice.kind() == Notice.Kind.PROBLEM ? Feather.ALERT_TRIANGLE : Feather.INFO);
        notifications.show(notice.text(), icon);
        noticeTimeout.playFromStart();
    }

    private Window window() { return getScene() == null ? null : getScene().getWindow(); }

    Tab reviewTab() { return reviewTab; }
    Tab groupsTab() { return groupsTab; }
    Tab templateTab() { return templateTab; }
    Tab overviewTab() { return overviewTab; }
    TabPane tabs() { return tabs; }
    NotificationPane notifications() { return notifications; }
}
