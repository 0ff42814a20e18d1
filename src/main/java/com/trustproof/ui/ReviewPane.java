package com.trustproof.ui;

import com.trustproof.app.RecipientDetail;
import com.trustproof.model.Decision;
import com.trustproof.model.DecisionStatus;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The review tab: recipients on the left, the message in the middle with its findings below,
 * the persona on the right. Decisions are made from the bar above the message.
 */
final class ReviewPane extends SplitPane {
    private final ReviewViewModel vm;
    private final RecipientTable table;
    private final RecipientFilterBar filters;
    // the next recipient's message (with its findings) and persona are built ahead (see BuiltAhead): J then only swaps them in
    private final BuiltAhead<MessageWithFindings> message = new BuiltAhead<>(MessageWithFindings::new, MessageWithFindings::show);
    private final BuiltAhead<PersonaView> persona;
    private final Label who = new Label();
    private final Label decision = new Label();
    private final Label resetReason = new Label();
    private final TextField note = new TextField();
    private final HBox noteBar;
    private boolean syncingSelection;
    /**
     * Runs once the selection has rested: when the next J or K would take the selection off the
     * visible rows, the list scrolls now, while the reviewer reads the message, instead of on that
     * key press, where refilling and repainting every row tripled the key's cost. A held J never
     * rests, and scrolls as the selection leaves the view.
     */
    private final javafx.animation.PauseTransition scrollAhead = new javafx.animation.PauseTransition(javafx.util.Duration.millis(150));

    ReviewPane(ReviewViewModel vm) {
        this.vm = vm;
        persona = new BuiltAhead<>(PersonaView::new, this::fillPersona);
        // an HTML body shown as the email stays so from one recipient to the next
        message.setOnSwap((was, now) -> now.preview().showAsEmail(was.preview().showsAsEmail()));
        getStyleClass().add("review-pane");
        RecipientListViewModel list = vm.list();
        table = new RecipientTable(list);
        filters = new RecipientFilterBar(list);
        VBox left = new VBox(8, filters, table);
        left.setPadding(new Insets(10));
        VBox.setVgrow(table, Priority.ALWAYS);

        note.setId("reject-note");
        note.setPromptText("Why reject? Enter confirms, Esc cancels");
        HBox.setHgrow(note, Priority.ALWAYS);
        guardAgainstShortcutEcho();
        note.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) { confirmReject(); e.consume(); }
            if (e.getCode() == KeyCode.ESCAPE) { hideNote(); e.consume(); }
        });
        Button confirm = new Button("Reject", new FontIcon(Feather.X_CIRCLE));
        confirm.getStyleClass().add("danger");
        confirm.setOnAction(e -> confirmReject());
        noteBar = new HBox(6, note, confirm);
        noteBar.setAlignment(Pos.CENTER_LEFT);
        showNoteBar(false);

        VBox middle = new VBox(8, header(), noteBar, resetReason, message);
        middle.setPadding(new Insets(10));
        VBox.setVgrow(message, Priority.ALWAYS);
        resetReason.getStyleClass().add("reset-reason");
        resetReason.setWrapText(true);
        resetReason.managedProperty().bind(resetReason.visibleProperty());

        getItems().addAll(left, middle, persona);
        setDividerPositions(0.40, 0.78); // the list wide enough for names and emails, the persona its own column
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(persona, false);

        bindSelection(list);
        vm.recipient().detailProperty().addListener((o, was, now) -> show(now));
        vm.recipient().upcomingProperty().addListener((o, was, now) -> {
            message.prepare(now);
            persona.prepare(now);
        });
        show(null);
        vm.template().editedProperty().addListener((o, was, now) -> {
            persona.forgetStandby(); // built against the campaign before the edit
            persona.shown().show(vm.recipient().detail(), now);
            message.forBoth(m -> m.preview().setHtml(now != null && now.format() == com.trustproof.model.Format.HTML));
        });
        vm.overview().byRuleProperty().addListener((o, was, now) -> filters.setRules(now.keySet()));
        vm.overview().segmentsProperty().addListener((o, was, now) -> filters.setSegments(now));
    }

    private VBox header() {
        who.getStyleClass().add("recipient-title");
        decision.setId("decision-status");
        decision.getStyleClass().add("decision-status");
        Button approve = decisionButton("Approve", "A", Feather.CHECK, "success", () -> vm.decide(DecisionStatus.APPROVED, null));
        approve.setId("approve-button");
        Button reject = decisionButton("Reject", "R", Feather.X, "danger", this::startReject);
        Button pending = decisionButton("Pending", "U", Feather.ROTATE_CCW, null, () -> vm.decide(DecisionStatus.PENDING, null));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        for (Button b : new Button[]{approve, reject, pending}) b.setMinWidth(Region.USE_PREF_SIZE);
        who.setMinWidth(0);
        decision.setMinWidth(0);
        // name and decision get a line of their own: long names must not push the buttons away
        HBox title = new HBox(10, who, decision);
        title.setAlignment(Pos.BASELINE_LEFT);
        Label keys = new Label("J/K move · Shift+J next high");
        keys.getStyleClass().add("muted");
        keys.setMinWidth(0);
        // the pane may be too narrow for the whole hint: the tooltip always has it
        keys.setTooltip(new javafx.scene.control.Tooltip("J or ↓ next · K or ↑ previous · Shift+J next with a high finding · Ctrl+Z undo the last decision"));
        HBox buttons = new HBox(8, approve, reject, pending, grow, keys);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, title, buttons);
    }

    private Button decisionButton(String text, String key, Feather icon, String style, Runnable action) {
        Button b = new Button(text + "  " + key, new FontIcon(icon));
        if (style != null) b.getStyleClass().add(style);
        b.setOnAction(e -> {
            action.run();
            // back to the list (unless a note is being asked for), so J/K and Up/Down keep working
            if (!noteBar.isVisible()) table.requestFocus();
        });
        b.setFocusTraversable(true);
        return b;
    }

    /** Table selection and view model selection follow each other. */
    private void bindSelection(RecipientListViewModel list) {
        table.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (!syncingSelection && now.intValue() >= 0 && now.intValue() != list.selectedIndexProperty().get()) {
                list.select(now.intValue());
            }
        });
        list.selectedIndexProperty().addListener((o, was, now) -> selectInTable(now.intValue()));
        scrollAhead.setOnFinished(e -> scrollAheadOfNextStep());
        // the rows on screen, once they rest, are read ahead for a click (scrolling, a resize, new rows)
        table.setOnRowsRest(() -> {
            int[] visible = table.visibleRows();
            if (visible != null) vm.rowsOnScreen(visible[0], visible[1]);
        });
        // the row the pointer rests on is built ahead instead of the next one: a click there is likelier than J
        table.setOnPointerRests(vm::pointerRestsOn);
        // replacing the rows clears the table's selection; put it back where the view model has it
        table.getItems().addListener((ListChangeListener<Object>) c ->
                Platform.runLater(() -> selectInTable(list.selectedIndexProperty().get())));
    }

    private void selectInTable(int index) {
        if (index < 0 || index >= table.getItems().size()) return;
        if (table.getSelectionModel().getSelectedIndex() == index) return;
        syncingSelection = true;
        try {
            table.getSelectionModel().clearAndSelect(index);
            table.getFocusModel().focus(index);
            scrollIntoView(index);
            scrollAhead.playFromStart();
        } finally {
            syncingSelection = false;
        }
    }

    private void scrollIntoView(int index) {
        // scroll only when the row is off screen, so J/K don't make the list jump on every step
        int[] visible = table.visibleRows();
        if (visible != null && index > visible[0] && index < visible[1]) return;
        scrollNear(index);
    }

    /** Scrolls so that row {@code index} shows with three rows above it (scrolling in, and scrolling ahead). */
    private void scrollNear(int index) { table.scrollTo(Math.max(0, index - 3)); }

    /** See {@link #scrollAhead}: scrolls when the selection is one step from leaving the visible rows. */
    private void scrollAheadOfNextStep() {
        int index = table.getSelectionModel().getSelectedIndex();
        int[] visible = table.visibleRows();
        if (index < 0 || visible == null) return;
        boolean nextLeavesBelow = index + 1 >= visible[1] && index + 1 < table.getItems().size();
        boolean nextLeavesAbove = index - 1 <= visible[0] && visible[0] > 0;
        if (nextLeavesBelow || nextLeavesAbove) scrollNear(index);
    }


    private void show(RecipientDetail detail) {
        message.show(detail);
        persona.show(detail);
        if (detail == null) {
            who.setText("No recipient selected");
            decision.setText("");
            resetReason.setVisible(false);
            return;
        }
        who.setText(detail.recipient().displayName());
        Decision d = detail.decision();
        DecisionStatus status = d == null ? DecisionStatus.PENDING : d.status();
        decision.setText(status.id() + (d != null && d.note() != null ? " — " + d.note() : ""));
        // style classes change only when the status does: each change re-applies CSS to the label
        String statusClass = "status-" + status.id();
        if (!decision.getStyleClass().contains(statusClass)) {
            decision.getStyleClass().removeAll("status-pending", "status-approved", "status-rejected");
            decision.getStyleClass().add(statusClass);
        }
        resetReason.setText(detail.resetReason() == null ? "" : "Back to pending: " + detail.resetReason());
        resetReason.setVisible(detail.resetReason() != null);
        // the findings list and the persona make cells and rows when laid out; like the preview (see
        // MessagePreview.show) they are laid out now so that their CSS is done in the coming pulse
        layout();
    }

    /** R: ask for a note; Enter confirms. */
    void startReject() {
        showNoteBar(true);
        note.clear();
        rejectOpenedAt = System.nanoTime();
        echoPossible = true;
        note.requestFocus();
    }

    /**
     * The R that opened the note arrives at the note field once more as a typed character. An "r"
     * typed within moments of opening is that echo and is dropped; after a mouse click on Reject
     * nobody types that fast, so a note may still start with "r".
     */
    private long rejectOpenedAt;
    private boolean echoPossible;

    private void guardAgainstShortcutEcho() {
        note.addEventFilter(javafx.scene.input.KeyEvent.KEY_TYPED, e -> {
            boolean echo = echoPossible && System.nanoTime() - rejectOpenedAt < 150_000_000L
                    && e.getCharacter().equalsIgnoreCase("r");
            echoPossible = false;
            if (echo) e.consume();
        });
    }

    private void confirmReject() {
        vm.decide(DecisionStatus.REJECTED, note.getText());
        hideNote();
    }

    private void hideNote() {
        showNoteBar(false);
        table.requestFocus();
    }

    private void showNoteBar(boolean visible) {
        noteBar.setVisible(visible);
        noteBar.setManaged(visible);
    }

    void focusList() { table.requestFocus(); }

    /** A persona shows its recipient against the campaign as edited (the attributes the message uses). */
    private void fillPersona(PersonaView view, RecipientDetail detail) { view.show(detail, vm.template().edited()); }

    /** Starts running J's work off screen while the reviewer reads (see {@link PaintWarmUp}). */
    PaintWarmUp warmUp() {
        PaintWarmUp warmUp = new PaintWarmUp(this, () -> new RecipientDetail[]{vm.recipient().detail(), vm.recipient().upcomingProperty().get()},
                this::fillPersona);
        warmUp.start();
        return warmUp;
    }

    void focusSearch() { filters.searchField().requestFocus(); }

    RecipientFilterBar filters() { return filters; }
}
