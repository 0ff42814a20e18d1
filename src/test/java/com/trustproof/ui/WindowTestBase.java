package com.trustproof.ui;

import atlantafx.base.theme.PrimerLight;
import com.trustproof.model.DecisionStatus;
import com.trustproof.model.RecipientRow;
import com.trustproof.model.Severity;
import com.trustproof.risk.CampaignFinding;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Drives the real window with the keyboard and mouse. Subclasses say which review it opens: the
 * demo data imported into a temp dir, or the in-memory fake.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTestBase {
    @TempDir
    static Path dir;

    /** Opens the review the window is built on (called on the worker thread). */
    abstract ReviewService openReview(Path dir);

    /** A search that finds exactly one recipient who has not consented. */
    abstract String nonConsentingSearch();

    private long total;

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private ReviewService review;
    private ReviewWindow window;

    /** Subclasses call this from their own @Start method (TestFX looks for it on the test class). */
    void startWindow(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path own = Files.createTempDirectory(dir, "review");
        review = worker.submit(() -> openReview(own)).get();
        total = worker.submit(() -> review.counts().total()).get();
        window = showWindow(stage, review, worker);
    }

    /** The review window on {@code review}, shown in {@code stage} as the app shows it, and started. */
    static ReviewWindow showWindow(Stage stage, ReviewService review, ExecutorService worker) {
        ReviewWindow window = ReviewWindow.create(review, worker, WindowHost.NONE);
        Scene scene = new Scene(window, 1280, 800);
        scene.getStylesheets().add(TrustproofApp.stylesheet());
        stage.setScene(scene);
        stage.show();
        window.start();
        return window;
    }

    @AfterEach
    void closeReview() throws Exception {
        worker.submit(review::close).get();
        worker.shutdown();
    }

    /** Waits until background work has delivered and the FX thread is idle. */
    private void settle() throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> window.viewModel().jobs().runningProperty().get() == 0));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean onFx(BooleanSupplier check) {
        return fx(check::getAsBoolean);
    }

    /** Reads on the FX thread, where the window's state lives. */
    private static <T> T fx(java.util.concurrent.Callable<T> read) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(read));
    }

    private void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(condition));
        settle();
    }

    private String label(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    /**
     * The preview's area for {@code field} that is on screen: the review keeps a second, hidden preview
     * built ahead (see {@link BuiltAhead}) whose areas carry the same ids.
     */
    static MarkedText shownArea(FxRobot robot, com.trustproof.model.MessageField field) {
        return robot.lookup("#preview-" + field.id()).match(WindowTestBase::onScreen).queryAs(MarkedText.class);
    }

    /** The hidden preview's area for {@code field}, or null when there is none. */
    static MarkedText hiddenArea(FxRobot robot, com.trustproof.model.MessageField field) {
        return robot.lookup("#preview-" + field.id()).match((javafx.scene.Node n) -> !onScreen(n))
                .tryQueryAs(MarkedText.class).orElse(null);
    }

    /** Whether the preview holding {@code node} is the shown one (its tab may be in the background). */
    /** Not in a hidden copy: the review keeps a second message and persona built ahead, with the same ids. */
    private static boolean onScreen(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) if (!n.isVisible()) return false;
        return true;
    }

    private RecipientRow selected() {
        return fx(() -> window.viewModel().list().selectedRowProperty().get());
    }

    private int selectedIndex() {
        return fx(() -> window.viewModel().list().selectedIndexProperty().get());
    }

    @Test
    void opensOnTheFirstRecipientWithCountsInTheStatusBar(FxRobot robot) throws Exception {
        settle();
        assertEquals(total + " total", label(robot, "count-total"));
        assertEquals(total + " pending", label(robot, "count-pending"));
        assertEquals(total, robot.lookup("#recipients").queryAs(TableView.class).getItems().size());
        assertEquals(0, selectedIndex());
        String subject = shownArea(robot, com.trustproof.model.MessageField.SUBJECT).getText();
        assertEquals(fx(() -> window.viewModel().recipient().detail().rendering().subject().text()), subject);
        assertFalse(subject.isBlank());
    }

    @Test
    void movesWithJAndKAndApprovesWithA(FxRobot robot) throws Exception {
        settle();
        robot.type(KeyCode.J);
        settle();
        robot.type(KeyCode.J);
        settle();
        assertEquals(2, selectedIndex());
        robot.type(KeyCode.K);
        settle();
        assertEquals(1, selectedIndex());

        assertEquals("pending", decisionShownInRow(robot, 1));
        robot.type(KeyCode.A);
        waitUntil(() -> label(robot, "count-approved").equals("1 approved"));
        assertEquals(DecisionStatus.APPROVED, selected().status());
        assertEquals((total - 1) + " pending", label(robot, "count-pending"));
        assertEquals("approved", decisionShownInRow(robot, 1), "the row's cell follows the decision");
        assertEquals("pending", decisionShownInRow(robot, 2));
    }

    @Test
    void theListScrollsAheadWhileTheReviewerReadsSoTheNextJNeedNotScroll(FxRobot robot) throws Exception {
        settle();
        var flow = fx(() -> (javafx.scene.control.skin.VirtualFlow<?>) robot.lookup("#recipients .virtual-flow").query());
        int lastVisible = fx(() -> flow.getLastVisibleCell().getIndex());
        assertEquals(0, (int) fx(() -> flow.getFirstVisibleCell().getIndex()));
        // J, resting after each, down to one step above the bottom edge: the next J would leave the view
        for (int i = 0; i < lastVisible - 1; i++) {
            robot.type(KeyCode.J);
            settle();
        }
        assertEquals(lastVisible - 1, selectedIndex());
        waitUntil(() -> onFx(() -> flow.getFirstVisibleCell().getIndex() > 0));
        int first = fx(() -> flow.getFirstVisibleCell().getIndex());
        assertEquals(lastVisible - 1 - 3, first, "scrolled while the reviewer read: three rows above the selection");

        robot.type(KeyCode.J);
        settle();
        assertEquals(lastVisible, selectedIndex());
        assertEquals(first, (int) fx(() -> flow.getFirstVisibleCell().getIndex()), "the J itself did not scroll");
        assertTrue(fx(() -> flow.getLastVisibleCell().getIndex()) > lastVisible, "rows below the selection are in view");
    }

    @Test
    void jSwapsInThePreviewBuiltAheadForTheNextRecipient(FxRobot robot) throws Exception {
        settle();
        var body = com.trustproof.model.MessageField.BODY;
        // the neighbours are read once the selection has rested, and the next one's preview built then
        waitUntil(() -> window.viewModel().recipient().upcomingProperty().get() != null);
        var upcoming = fx(() -> window.viewModel().recipient().upcomingProperty().get());
        assertEquals(1, fx(() -> window.viewModel().list().idsAround(1).indexOf(upcoming.recipient().id())), "the next row's");
        var builtAhead = hiddenArea(robot, body);
        assertEquals(upcoming.rendering().body().text(), fx(builtAhead::getText), "built while hidden");
        var shownBefore = shownArea(robot, body);
        var personaAhead = fx(() -> robot.lookup(".persona").match((javafx.scene.Node n) -> !n.isVisible()).queryAs(PersonaView.class));
        assertEquals(upcoming.recipient().displayName(), fx(() -> ((Label) personaAhead.lookup(".persona-name")).getText()),
                "the persona is built ahead too");
        javafx.scene.control.ListView<?> findingsAhead = fx(() -> robot.lookup("#findings").match(n -> !onScreen(n)).queryAs(javafx.scene.control.ListView.class));
        assertEquals(upcoming.findings(), fx(() -> List.copyOf(findingsAhead.getItems())), "and the findings list");

        robot.type(KeyCode.J);
        settle();
        assertSame(upcoming, fx(() -> window.viewModel().recipient().detail()));
        assertSame(builtAhead, shownArea(robot, body), "J showed the preview built ahead instead of rebuilding the shown one");
        assertSame(shownBefore, hiddenArea(robot, body), "the one left is kept hidden, for K");
        for (var field : com.trustproof.model.MessageField.values()) {
            assertEquals(upcoming.rendering().field(field).text(), fx(shownArea(robot, field)::getText), field.id());
        }
        assertEquals(upcoming.recipient().displayName(), fx(() -> ((Label) robot.lookup(".recipient-title").query()).getText()));
        assertTrue(fx(personaAhead::isVisible), "J showed the persona built ahead");
        assertTrue(fx(() -> onScreen(findingsAhead)), "and the findings list built ahead");
    }

    @Test
    void theViewportsWhoseContentChangesWithEveryRecipientAreNotCachedAsImages(FxRobot robot) throws Exception {
        settle();
        // a cached viewport is rendered into its image and then the image drawn, on every recipient
        var viewports = fx(() -> robot.lookup(".message-body > .viewport").queryAll().stream().toList());
        var personaViewports = fx(() -> robot.lookup(".persona .viewport").queryAll().stream().toList());
        assertEquals(2, viewports.size(), "the shown and the built-ahead message");
        assertEquals(2, personaViewports.size(), "the shown and the built-ahead persona");
        for (var viewport : List.of(viewports, personaViewports).stream().flatMap(List::stream).toList()) {
            assertFalse(fx(viewport::isCache), viewport.getParent().getStyleClass().toString());
        }
    }

    @Test
    void theRowThePointerRestsOnIsBuiltAheadSoClickingItOnlySwaps(FxRobot robot) throws Exception {
        settle();
        var body = com.trustproof.model.MessageField.BODY;
        int target = 6;
        long targetId = fx(() -> window.viewModel().list().idAt(target));
        // the rows on screen are read ahead once the list has rested: the one pointed at is then built ahead
        waitUntil(() -> window.viewModel().list().idsOnScreen().contains(targetId));
        robot.moveTo(row(robot, target));
        waitUntil(() -> window.viewModel().recipient().upcomingProperty().get() != null
                && window.viewModel().recipient().upcomingProperty().get().recipient().id() == targetId);
        var upcoming = fx(() -> window.viewModel().recipient().upcomingProperty().get());
        var builtAhead = hiddenArea(robot, body);
        assertEquals(upcoming.rendering().body().text(), fx(builtAhead::getText), "built while hidden");

        robot.clickOn(row(robot, target));
        settle();
        assertEquals(target, selectedIndex());
        assertSame(upcoming, fx(() -> window.viewModel().recipient().detail()));
        assertSame(builtAhead, shownArea(robot, body), "the click showed the preview built ahead");

        robot.moveTo("#preview-subject"); // off the list: the next recipient is built ahead again, for J
        waitUntil(() -> window.viewModel().recipient().upcomingProperty().get() != null
                && window.viewModel().recipient().upcomingProperty().get().recipient().id() == window.viewModel().list().idAt(target + 1));
    }

    @Test
    void aPreviewBuiltAheadIsNotShownForAnotherDetailOfItsRecipient(FxRobot robot) throws Exception {
        settle();
        waitUntil(() -> window.viewModel().recipient().upcomingProperty().get() != null);
        var builtAhead = hiddenArea(robot, com.trustproof.model.MessageField.BODY);
        // the next recipient's detail read anew (as after a decision): the preview built ahead is of the old one
        fx(() -> { window.viewModel().recipient().forgetPrefetched(); return null; });
        robot.type(KeyCode.J);
        settle();
        var detail = fx(() -> window.viewModel().recipient().detail());
        assertEquals(1, selectedIndex());
        assertNotSame(builtAhead, shownArea(robot, com.trustproof.model.MessageField.BODY), "not swapped in for a detail it was not built for");
        assertEquals(detail.rendering().body().text(), fx(shownArea(robot, com.trustproof.model.MessageField.BODY)::getText));
    }

    @Test
    void aRowsSelectionChangeRecoloursItWithoutAskingForALayout(FxRobot robot) throws Exception {
        settle();
        boolean[] after = fx(() -> {
            var row = row(robot, 1);
            row.layout(); // nothing left to lay out in the row, whatever else the window still has pending
            assertFalse(row.isNeedsLayout());
            boolean wasSelected = row.isSelected();
            row.updateSelected(!wasSelected);
            // JavaFX's own rows ask for a layout here, and the table then lays out every visible row again
            boolean asked = row.isNeedsLayout();
            boolean recoloured = row.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("selected")) != wasSelected;
            row.updateSelected(wasSelected);
            return new boolean[]{asked, recoloured};
        });
        assertFalse(after[0], "a selection change asked for a layout");
        assertTrue(after[1], "the row is drawn as selected or not all the same");
        robot.type(KeyCode.J);
        settle();
        assertFalse(fx(() -> row(robot, 0).isSelected()));
        assertTrue(fx(() -> row(robot, 1).isSelected()), "J selects the next row");
    }

    @Test
    void theFocusedRowIsRingedWithoutChangingItsSize(FxRobot robot) throws Exception {
        settle();
        fx(() -> { robot.lookup("#recipients").query().requestFocus(); return null; });
        robot.type(KeyCode.J);
        settle();
        javafx.scene.control.TableRow<?> focused = fx(() -> row(robot, 1));
        javafx.scene.control.TableRow<?> other = fx(() -> row(robot, 2));
        assertTrue(fx(focused::isFocused), "J leaves the keyboard focus on the new row");
        // a border would change the row's insets, and every J would lay out and repaint the table's rows again
        assertEquals(fx(other::getInsets), fx(focused::getInsets));
        assertEquals(fx(other::getHeight), fx(focused::getHeight));
        // rows have one fixed height, so the table never measures rows to estimate a million-row list
        assertTrue(fx(() -> robot.lookup("#recipients").queryAs(TableView.class).getFixedCellSize()) > 0);
        assertEquals(fx(() -> robot.lookup("#recipients").queryAs(TableView.class).getFixedCellSize()), fx(other::getHeight));
        // one fill and a border: several fills are drawn from a nine-slice image, which the software
        // renderer samples pixel by pixel, and a scroll repaints every row
        assertEquals(1, fx(() -> other.getBackground().getFills().size()), "fills of a plain row");
        var ring = fx(() -> focused.getBackground().getFills().get(0).getFill());
        assertNotEquals(fx(() -> other.getBackground().getFills().get(0).getFill()), ring, "the focused row has a ring of its own");
    }

    @Test
    void whatJRepaintsCarriesNoInvisibleFills(FxRobot robot) throws Exception {
        settle();
        robot.type(KeyCode.J);
        settle();
        // J repaints the whole preview and persona; with software rendering a transparent fill costs as
        // much as a visible one, so none may lie in or under them
        List<String> invisible = fx(() -> {
            List<String> found = new java.util.ArrayList<>();
            for (String part : List.of(".message-preview", ".persona")) {
                javafx.scene.Node shown = robot.lookup(part).match(javafx.scene.Node::isVisible).match(WindowTestBase::inReviewPane).query();
                for (javafx.scene.Node n = shown.getParent(); n != null; n = n.getParent()) invisibleFills(n, found);
                invisibleFillsWithin(shown, found);
            }
            return found;
        });
        assertEquals(List.of(), invisible);
    }

    @Test
    void thePersonaShowsEveryCaptionWhole(FxRobot robot) throws Exception {
        settle();
        // the captions of both persona copies, the shown one and the one built ahead (laid out alike)
        var captions = fx(() -> robot.lookup(".attr-key").match(WindowTestBase::inReviewPane).queryAllAs(Label.class));
        assertFalse(captions.isEmpty());
        List<String> cut = fx(() -> captions.stream()
                .filter(key -> key.getWidth() + 0.5 < key.prefWidth(-1))
                .map(Label::getText).toList());
        assertEquals(List.of(), cut, "captions cut short in the persona");
    }

    @Test
    void theDecisionsPieHasNoSeamWhileOneSliceIsTheWholePie(FxRobot robot) throws Exception {
        settle();
        // nothing decided yet: pending is the whole pie, and no slice may draw its edge
        showTab(robot, KeyCode.DIGIT4);
        assertEquals(List.of("0x00000000", "0x00000000", "0x00000000"), pieEdges(robot), "edges with only pending");
        showTab(robot, KeyCode.DIGIT1);
        robot.type(KeyCode.A);
        showTab(robot, KeyCode.DIGIT4);
        assertEquals(3, pieEdges(robot).stream().filter(edge -> !edge.equals("0x00000000")).count(),
                "once one is approved, the slices are separated by their edges again");
    }

    /** Presses J and checks where the selection went. */
    private void pressJAndExpect(FxRobot robot, int index, String why) throws TimeoutException {
        robot.type(KeyCode.J);
        settle();
        assertEquals(index, selectedIndex(), why);
    }

    /** Shows a tab as the reviewer does, with Ctrl and its number: only the shown tab's content is in the scene. */
    private void showTab(FxRobot robot, KeyCode number) throws TimeoutException {
        robot.press(KeyCode.CONTROL).type(number).release(KeyCode.CONTROL);
        settle();
    }

    /** The edge colour of each slice of the decisions pie. */
    private static List<String> pieEdges(FxRobot robot) {
        return fx(() -> robot.lookup(".chart-pie").queryAll().stream()
                .filter(slice -> !slice.getStyleClass().contains("chart-legend-item-symbol"))
                .map(slice -> ((javafx.scene.layout.Region) slice).getBorder())
                .map(border -> border == null || border.getStrokes().isEmpty() ? "none" : border.getStrokes().get(0).getTopStroke().toString())
                .toList());
    }

    private static boolean inReviewPane(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) if (n instanceof ReviewPane) return true;
        return false;
    }

    private static void invisibleFillsWithin(javafx.scene.Node node, List<String> found) {
        if (!node.isVisible()) return;
        invisibleFills(node, found);
        if (node instanceof javafx.scene.Parent parent) parent.getChildrenUnmodifiable().forEach(child -> invisibleFillsWithin(child, found));
    }

    private static void invisibleFills(javafx.scene.Node node, List<String> found) {
        if (!(node instanceof javafx.scene.layout.Region region) || region.getBackground() == null) return;
        for (var fill : region.getBackground().getFills()) {
            if (fill.getFill() instanceof javafx.scene.paint.Color color && color.getOpacity() == 0) {
                found.add(node.getClass().getSimpleName() + node.getStyleClass());
            }
        }
    }

    /** Row {@code index} as drawn in the table (not its hidden row for measuring nor a spare one). */
    private static javafx.scene.control.TableRow<?> row(FxRobot robot, int index) {
        return robot.lookup("#recipients").queryAs(TableView.class).lookupAll(".table-row-cell").stream()
                .map(r -> (javafx.scene.control.TableRow<?>) r)
                .filter(r -> r.getIndex() == index && r.isVisible() && r.getParent() != null && r.getParent().getStyleClass().contains("sheet"))
                .findFirst().orElseThrow();
    }

    /** The status the decision column shows for row {@code index}: its tooltip, checked against its icon. */
    private static String decisionShownInRow(FxRobot robot, int index) {
        return fx(() -> {
            DecisionCell<?> cell = robot.lookup(".table-cell").queryAll().stream()
                    .filter(c -> c instanceof DecisionCell<?>).map(c -> (DecisionCell<?>) c)
                    .filter(c -> c.getIndex() == index && c.getTableRow() != null && c.getTableRow().isVisible() && c.getTableRow().getParent() != null
                            && c.getTableRow().getParent().getStyleClass().contains("sheet"))
                    .findFirst().orElseThrow();
            String status = cell.getTooltip().getText();
            assertEquals(DecisionCell.iconOf(DecisionStatus.valueOf(status.toUpperCase(java.util.Locale.ROOT))),
                    ((org.kordamp.ikonli.javafx.FontIcon) cell.getGraphic()).getIconCode(), "icon of row " + index);
            assertTrue(cell.getStyleClass().contains("status-" + status));
            return status;
        });
    }

    @Test
    void rejectsWithANoteAndUndoesWithCtrlZ(FxRobot robot) throws Exception {
        settle();
        robot.type(KeyCode.R);
        settle();
        robot.write("wrong tone");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> label(robot, "count-rejected").equals("1 rejected"));
        assertEquals("rejected — wrong tone", label(robot, "decision-status"), "the R itself must not land in the note");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> label(robot, "count-rejected").equals("0 rejected"));
        assertEquals(DecisionStatus.PENDING, selected().status());
    }

    @Test
    void approvingWithoutConsentShowsWhyInsteadOfCrashing(FxRobot robot) throws Exception {
        settle();
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write(nonConsentingSearch()); // holds an "a" and an "r": typing must not decide anything
        waitUntil(() -> window.viewModel().list().rows().size() == 1);
        assertEquals("0 rejected", label(robot, "count-rejected"));
        assertEquals("0 approved", label(robot, "count-approved"));
        robot.clickOn("#recipients");
        settle();
        robot.type(KeyCode.A);
        waitUntil(() -> window.notifications().isShowing());
        assertFalse(window.notifications().getText().isBlank());
        assertEquals("0 approved", label(robot, "count-approved"));
    }

    @Test
    void filtersToHighFindingsAndJumpsWithShiftJ(FxRobot robot) throws Exception {
        settle();
        robot.press(KeyCode.SHIFT).type(KeyCode.J).release(KeyCode.SHIFT);
        settle();
        assertEquals(Severity.HIGH, selected().worst());

        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        settle();
        TableView<?> table = robot.lookup("#recipients").queryAs(TableView.class);
        long high = Long.parseLong(label(robot, "count-high").split(" ")[0]);
        assertTrue(high > 0);
        assertEquals(high, table.getItems().size());
        assertEquals(Severity.HIGH, selected().worst());
    }

    @Test
    void approvesAVariantGroupAfterConfirming(FxRobot robot) throws Exception {
        settle();
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        settle();
        TableView<com.trustproof.model.VariantGroup> groups = robot.lookup("#groups").queryAs(TableView.class);
        assertFalse(groups.getItems().isEmpty());
        var clean = groups.getItems().stream().filter(g -> g.worst() == null).findFirst().orElseThrow();
        robot.interact(() -> groups.getSelectionModel().select(clean));
        robot.clickOn("#approve-group");
        settle();
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> n instanceof Button b && b.getText().equals("OK")).queryButton());
        waitUntil(() -> label(robot, "count-approved").equals(clean.size() + " approved"));

        robot.clickOn("#open-group");
        settle();
        assertEquals(clean.variant(), fx(() -> window.viewModel().list().query().variant()));
        assertEquals(clean.size(), robot.lookup("#recipients").queryAs(TableView.class).getItems().size());
        assertEquals(DecisionStatus.APPROVED, selected().status());
    }

    @Test
    void addingAFallbackInTheEditorDropsTheFindingAndSaves(FxRobot robot) throws Exception {
        settle();
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        settle();
        TemplateViewModel template = window.viewModel().template();
        long noFallback = onFxCount(template);
        assertEquals(1, noFallback, "the body greets with {{first_name}} and no fallback");
        CampaignFinding finding = fx(() -> template.findings().stream()
                .filter(f -> f.finding().rule().equals(TemplateViewModel.NO_FALLBACK)).findFirst().orElseThrow());
        String reach = robot.lookup(".reach").queryAs(Label.class).getText();
        assertTrue(reach.startsWith(String.format("%,d of %,d recipients (", finding.affected(), finding.total())), reach);
        robot.clickOn(robot.lookup(".quick-fix").queryButton());
        waitUntil(() -> onFxCount(template) == 0);
        String body = robot.lookup("#editor-body").queryAs(org.fxmisc.richtext.CodeArea.class).getText();
        assertTrue(body.startsWith("Hi {{ first_name | default: \"there\" }},"), body);
        assertNotEquals(null, fx(() -> window.viewModel().recipient().draftProperty().get()), "the preview follows the edit");
        showTab(robot, KeyCode.DIGIT1);
        String preview = shownArea(robot, com.trustproof.model.MessageField.BODY).getText();
        assertFalse(preview.contains("{{"), preview);

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> window.viewModel().template().draftProperty().get() == null);
        String saved = worker.submit(() -> review.campaign().body()).get();
        assertTrue(saved.startsWith("Hi {{ first_name | default: \"there\" }},"), saved);
    }

    private static long onFxCount(TemplateViewModel template) {
        return template.findings().stream().map(CampaignFinding::finding).filter(f -> f.rule().equals(TemplateViewModel.NO_FALLBACK)).count();
    }

    @Test
    void exportsApprovedSendsToAFile(FxRobot robot) throws Exception {
        settle();
        robot.type(KeyCode.J);
        settle();
        robot.type(KeyCode.A);
        waitUntil(() -> label(robot, "count-approved").equals("1 approved"));
        Path out = Files.createTempDirectory(dir, "export").resolve("approved.csv");
        robot.interact(() -> window.exportTo(out));
        waitUntil(() -> Files.exists(out) && !window.viewModel().export().runningProperty().get());
        String csv = Files.readString(out);
        assertTrue(csv.contains(selected().email()), csv);
    }

    @Test
    void bulkApproveConfirmsWithTheCountFirst(FxRobot robot) throws Exception {
        settle();
        long approvable = worker.submit(() -> review.countApprovable(Severity.LOW)).get();
        assertTrue(approvable > 0);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.A).release(KeyCode.SHIFT, KeyCode.CONTROL);
        settle();
        javafx.scene.control.DialogPane dialog = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertTrue(dialog.getContentText().contains(Long.toString(approvable)), dialog.getContentText());
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> n instanceof Button b && b.getText().equals("OK")).queryButton());
        waitUntil(() -> label(robot, "count-approved").equals(approvable + " approved"));
    }

    @Test
    void clickingARuleBarFiltersTheList(FxRobot robot) throws Exception {
        settle();
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        settle();
        javafx.scene.chart.BarChart<String, Number> chart = robot.lookup("#rule-chart").queryAs(javafx.scene.chart.BarChart.class);
        var bar = chart.getData().get(0).getData().get(0);
        robot.clickOn(bar.getNode());
        settle();
        assertEquals(bar.getXValue(), fx(() -> window.viewModel().list().query().rule()));
        assertEquals(bar.getYValue().intValue(), robot.lookup("#recipients").queryAs(TableView.class).getItems().size());
        assertTrue(fx(() -> window.tabs().getSelectionModel().getSelectedItem() == window.reviewTab()));
    }

    /** Moves to the first recipient with a high finding (as Shift+J does) and returns their detail once shown. */
    private com.trustproof.app.RecipientDetail firstWithAHighFinding() throws TimeoutException {
        settle();
        fx(() -> { window.viewModel().list().nextHigh(() -> { }); return null; });
        settle();
        return fx(() -> window.viewModel().recipient().detail());
    }

    @Test
    void previewCarriesValueMarksAndRiskTintsInItsText(FxRobot robot) throws Exception {
        var detail = firstWithAHighFinding();
        var finding = detail.findings().stream().filter(f -> f.field() != null && f.end() > f.start()).findFirst().orElseThrow();
        var area = shownArea(robot, finding.field());
        assertEquals(detail.rendering().field(finding.field()).text(), fx(area::getText));
        assertTrue(fx(() -> area.marksDrawnAt(finding.start())).contains("risk-" + finding.severity().id()),
                "the risky span is tinted: " + finding);
        for (var field : com.trustproof.model.MessageField.values()) {
            var value = detail.rendering().field(field).spans().stream()
                    .filter(span -> span.source() == com.trustproof.render.TokenSpan.Source.VALUE && span.end() > span.start()).findFirst();
            if (value.isEmpty()) continue;
            var valueArea = shownArea(robot, field);
            assertTrue(fx(() -> valueArea.marksDrawnAt(value.get().start())).contains("tok-value"), "a substituted value is marked in " + field);
        }
    }

    @Test
    void aFindingPickedInTheListIsSelectedInThePreviewAndExplainedOnHover(FxRobot robot) throws Exception {
        var detail = firstWithAHighFinding();
        var finding = detail.findings().stream().filter(f -> f.field() == com.trustproof.model.MessageField.BODY && f.end() > f.start())
                .findFirst().orElseThrow();
        // findings may share characters: the hover tells the most severe one on the character
        var covering = detail.findings().stream()
                .filter(o -> o.field() == finding.field() && o.start() <= finding.start() && finding.start() < o.end()).toList();
        var worst = covering.stream().map(com.trustproof.model.Finding::severity).min(java.util.Comparator.naturalOrder()).orElseThrow();
        var text = shownArea(robot, finding.field());
        // the reader has scrolled to the end of the message: the span is out of view
        var scroller = bodyScroller(text);
        robot.interact(() -> scroller.setVvalue(1));
        assertFalse(spanOnScreen(text, finding), "precondition: the span starts out of view");
        int row = detail.findings().indexOf(finding);
        var list = robot.lookup("#findings").match(WindowTestBase::onScreen).queryAs(javafx.scene.control.ListView.class);
        // clicked, then down the list with the keyboard
        robot.clickOn(robot.lookup("#findings .list-cell").match((javafx.scene.control.ListCell<?> c) -> c.getListView() == list && c.getIndex() == 0)
                .queryAs(javafx.scene.Node.class));
        for (int i = 0; i < row; i++) robot.type(KeyCode.DOWN);
        settle();
        assertEquals(finding.text(), fx(text::selectedText), "the finding's span is selected in the preview");
        assertTrue(spanOnScreen(text, finding), "scrolled into view");
        javafx.geometry.Point2D middle = fx(() -> {
            var box = text.boundsOf(finding.start(), finding.start() + 1);
            return text.localToScreen(box.getCenterX(), box.getCenterY());
        });

        robot.moveTo(middle);
        waitUntil(() -> text.hoverTip().isShowing());
        String tip = fx(() -> text.hoverTip().getText());
        assertTrue(covering.stream().anyMatch(f -> f.severity() == worst && tip.startsWith(f.severity().id() + " · " + f.rule() + "\n" + f.message())
                && (f.suggestion() == null || tip.contains(f.suggestion()))), tip + " explains none of " + covering);
        robot.moveTo(robot.lookup("#recipients").queryAs(javafx.scene.Node.class));
        waitUntil(() -> !text.hoverTip().isShowing());
    }

    /** The scroll pane around the body's text (text < content group < viewport < scroll pane). */
    private static javafx.scene.control.ScrollPane bodyScroller(MarkedText body) {
        return (javafx.scene.control.ScrollPane) body.getParent().getParent().getParent();
    }

    /** Whether the first character of {@code finding}'s span lies within the body's scroll viewport. */
    private static boolean spanOnScreen(MarkedText text, com.trustproof.model.Finding finding) {
        return fx(() -> {
            var box = text.boundsOf(finding.start(), finding.start() + 1);
            var viewport = text.getParent().getParent(); // the scroll pane's viewport (text < content group < viewport)
            return viewport.localToScreen(viewport.getLayoutBounds()).contains(text.localToScreen(box.getCenterX(), box.getCenterY()));
        });
    }

    @Test
    void thePreviewTextCanBeSelectedAndCopiedWhileJStillMoves(FxRobot robot) throws Exception {
        settle();
        var body = shownArea(robot, com.trustproof.model.MessageField.BODY);
        String whole = fx(body::getText);
        javafx.geometry.Point2D first = fx(() -> {
            var box = body.boundsOf(0, 1);
            return body.localToScreen(box.getMinX() + 1, box.getCenterY());
        });
        javafx.geometry.Point2D fifth = fx(() -> {
            var box = body.boundsOf(4, 5);
            return body.localToScreen(box.getMaxX() - 1, box.getCenterY());
        });
        robot.drag(first, javafx.scene.input.MouseButton.PRIMARY).dropTo(fifth);
        settle();
        assertEquals(whole.substring(0, 5), fx(body::selectedText), "dragged over the first five characters");
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        settle();
        assertEquals(whole.substring(0, 5), fx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        assertEquals(whole, fx(body::selectedText), "Ctrl+A selects the whole body");

        pressJAndExpect(robot, 1, "J moves on while the preview has the focus");
    }

    @Test
    void theWarmUpPaintsOffScreenWhileTheReviewerReadsAndWaitsWhileTheyType(FxRobot robot) throws Exception {
        settle();
        var body = com.trustproof.model.MessageField.BODY;
        String shown = fx(shownArea(robot, body)::getText);
        java.util.function.IntSupplier steps = fx(() -> window.warmUp());
        waitUntil(() -> steps.getAsInt() >= 3);
        assertEquals(shown, fx(shownArea(robot, body)::getText), "the window's own preview is left as it was");
        int before = fx(steps::getAsInt);
        for (int i = 0; i < 12; i++) { // a reviewer at the keys, a key every 100 ms
            robot.type(KeyCode.SHIFT);
            Thread.sleep(100);
        }
        assertTrue(fx(steps::getAsInt) <= before + 1, "no step while the reviewer types (one may have been under way)");
        waitUntil(() -> steps.getAsInt() > before + 1); // and on again once they stop
    }

    @Test
    void theWarmUpWaitsForItsPaneToJoinAScene() throws Exception {
        settle();
        // a tab's content joins the scene only with the tab pane's skin, a pulse after the window is built
        javafx.scene.layout.StackPane pane = new javafx.scene.layout.StackPane();
        com.trustproof.app.RecipientDetail shown = fx(() -> window.viewModel().recipient().detail());
        PaintWarmUp warmUp = fx(() -> new PaintWarmUp(pane, () -> new com.trustproof.app.RecipientDetail[]{shown, shown}, (persona, detail) -> {}));
        fx(() -> { warmUp.start(); return null; });
        Thread.sleep(300);
        assertEquals(0, fx(warmUp::stepsDone), "no step before the pane is in a scene");
        fx(() -> new javafx.scene.Scene(new javafx.scene.layout.StackPane(pane)));
        waitUntil(() -> warmUp.stepsDone() >= 4);
        fx(() -> { warmUp.stop(); return null; });
        // the demo's first message is clean: the third and fourth steps paint made-up findings, one per severity
        assertTrue(fx(warmUp::findingsPainted) >= 2 * com.trustproof.model.Severity.values().length + 2 * shown.findings().size());
        var sample = PaintWarmUp.withSampleFindings(shown);
        String body = shown.rendering().field(com.trustproof.model.MessageField.BODY).text();
        assertEquals(List.of(com.trustproof.model.Severity.values()), sample.findings().stream().map(com.trustproof.model.Finding::severity).toList());
        for (var f : sample.findings()) {
            assertTrue(f.end() > f.start(), "a span to tint");
            assertEquals(body.substring(f.start(), f.end()), f.text());
        }
    }

    @Test
    void theOtherTabsAreInTheSceneOnlyWhileShownAndTheReviewKeepsItsState(FxRobot robot) throws Exception {
        settle();
        robot.type(KeyCode.J);
        settle();
        assertTrue(robot.lookup("#recipients").tryQuery().isPresent());
        assertTrue(robot.lookup("#groups").tryQuery().isEmpty(), "the hidden groups tab is out of the scene");
        assertTrue(robot.lookup("#editor-body").tryQuery().isEmpty(), "the hidden template tab is out of the scene");
        showTab(robot, KeyCode.DIGIT2);
        assertTrue(robot.lookup("#groups").tryQuery().isPresent());
        showTab(robot, KeyCode.DIGIT3);
        assertTrue(robot.lookup("#editor-body").tryQuery().isPresent());
        assertTrue(robot.lookup("#groups").tryQuery().isEmpty(), "the groups went out of the scene as the template came in");
        showTab(robot, KeyCode.DIGIT1);
        assertEquals(1, selectedIndex(), "the review comes back where it was");
        pressJAndExpect(robot, 2, "and J moves on from there");
    }

    @Test
    void theBodyScrollsFromTheKeyboardOnceTheReaderIsInIt(FxRobot robot) throws Exception {
        settle();
        var text = shownArea(robot, com.trustproof.model.MessageField.BODY);
        var scroller = bodyScroller(text);
        robot.clickOn(text);
        settle();
        robot.type(KeyCode.PAGE_DOWN);
        settle();
        double paged = fx(scroller::getVvalue);
        assertTrue(paged > 0, "Page Down scrolls the body");
        robot.type(KeyCode.END);
        assertEquals(1.0, fx(scroller::getVvalue), 1e-9, "End: its last line");
        robot.type(KeyCode.PAGE_UP);
        assertTrue(fx(scroller::getVvalue) < 1, "Page Up scrolls back");
        robot.type(KeyCode.HOME);
        assertEquals(0.0, fx(scroller::getVvalue), 1e-9, "Home: its first line");
        pressJAndExpect(robot, 1, "J still moves on");
    }
}
