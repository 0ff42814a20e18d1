package com.trustproof.ui;

import com.trustproof.model.Campaign;
import com.trustproof.model.Finding;
import com.trustproof.model.MessageField;
import com.trustproof.risk.CampaignFinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The template editor: subject, preheader and body with merge tokens coloured and campaign-wide
 * findings underlined where they sit. Typing re-checks in the background; the preview follows.
 */
final class TemplatePane extends SplitPane {
    private final TemplateViewModel vm;
    private final Map<MessageField, CodeArea> editors = new EnumMap<>(MessageField.class);
    private final ListView<CampaignFinding> findings = new ListView<>();
    private final Label summary = new Label();

    TemplatePane(TemplateViewModel vm, Consumer<String> showRecipientsOfRule, Consumer<String> problem) {
        this.vm = vm;
        getStyleClass().add("template-pane");
        for (MessageField field : MessageField.values()) {
            CodeArea area = new CodeArea();
            area.setId("editor-" + field.id());
            area.setWrapText(true);
            area.getStyleClass().add("template-editor");
            if (field == MessageField.BODY) area.setParagraphGraphicFactory(LineNumberFactory.get(area));
            area.textProperty().addListener((o, was, now) -> {
                vm.edit(field, now);
                restyle(field);
            });
            editors.put(field, area);
        }
        Button save = new Button("Save template", new FontIcon(Feather.SAVE));
        save.setId("save-template");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.draftProperty().isNull().or(vm.savingProperty()));
        save.setOnAction(e -> save(problem));
        Button recheck = new Button("Re-check", new FontIcon(Feather.REFRESH_CW));
        recheck.setOnAction(e -> vm.recheck());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.checkingProperty().or(vm.savingProperty()));
        Label unsaved = new Label("unsaved changes: the preview shows the draft");
        unsaved.getStyleClass().add("muted");
        unsaved.visibleProperty().bind(vm.draftProperty().isNotNull());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox toolbar = new HBox(8, unsaved, grow, busy, recheck, save);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        VBox left = new VBox(6, toolbar,
                caption("Subject"), small(editors.get(MessageField.SUBJECT)),
                caption("Preheader"), small(editors.get(MessageField.PREHEADER)),
                caption("Body"));
        VirtualizedScrollPane<CodeArea> body = new VirtualizedScrollPane<>(editors.get(MessageField.BODY));
        left.getChildren().add(body);
        VBox.setVgrow(body, Priority.ALWAYS);
        left.setPadding(new Insets(10));

        findings.setId("template-findings");
        findings.setItems(vm.findings());
        findings.setCellFactory(l -> new CampaignFindingCell(vm, showRecipientsOfRule));
        findings.setPlaceholder(new Label("No template-wide findings"));
        findings.getSelectionModel().selectedItemProperty().addListener((o, was, cf) -> { if (cf != null) reveal(cf.finding()); });
        summary.setId("template-summary");
        summary.getStyleClass().add("section-title");
        VBox right = new VBox(6, summary, findings);
        VBox.setVgrow(findings, Priority.ALWAYS);
        right.setPadding(new Insets(10));
        getItems().addAll(left, right);
        setDividerPositions(0.62);

        vm.editedProperty().addListener((o, was, now) -> showCampaign(now));
        vm.findings().addListener((ListChangeListener<CampaignFinding>) c -> {
            summary.setText(vm.findings().size() + " template finding" + (vm.findings().size() == 1 ? "" : "s"));
            editors.keySet().forEach(this::restyle);
        });
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-caption");
        return l;
    }

    private static CodeArea small(CodeArea area) {
        area.setPrefHeight(34);
        area.setMinHeight(34);
        return area;
    }

    /** Puts a campaign loaded or fixed elsewhere into the editors, leaving unchanged ones alone. */
    private void showCampaign(Campaign campaign) {
        if (campaign == null) return;
        boolean firstLoad = editors.values().stream().allMatch(a -> a.getLength() == 0);
        for (MessageField field : MessageField.values()) {
            CodeArea area = editors.get(field);
            String text = campaign.template(field);
            if (!area.getText().equals(text)) {
                int caret = Math.min(area.getCaretPosition(), text.length());
                area.replaceText(text);
                area.moveTo(caret);
            }
        }
        // Ctrl+Z must not undo the loading of the template into an empty editor
        if (firstLoad) editors.values().forEach(a -> a.getUndoManager().forgetHistory());
    }

    private void restyle(MessageField field) {
        CodeArea area = editors.get(field);
        String text = area.getText();
        List<SpanStyles.Styled> styled = new ArrayList<>();
        for (TemplateTokens.Range r : TemplateTokens.find(text)) styled.add(new SpanStyles.Styled(r.start(), r.end(), "token"));
        for (CampaignFinding cf : vm.findings()) {
            Finding f = cf.finding();
            if (f.field() == field && f.end() > f.start() && f.end() <= text.length()) {
                styled.add(new SpanStyles.Styled(f.start(), f.end(), "finding-" + f.severity().id()));
            }
        }
        area.setStyleSpans(0, SpanStyles.build(text.length(), styled));
    }

    private void reveal(Finding f) {
        if (f.field() == null) return;
        CodeArea area = editors.get(f.field());
        int len = area.getLength();
        area.selectRange(Math.min(f.start(), len), Math.min(f.end(), len));
        area.requestFollowCaret();
    }

    private void save(Consumer<String> problem) {
        vm.save(() -> {}, problem);
    }

    void focusBody() { editors.get(MessageField.BODY).requestFocus(); }

    CodeArea editor(MessageField field) { return editors.get(field); }

    /**
     * The recipient-level rule that marks the people a template finding hurts: a token without a
     * fallback shows up on each recipient as an unresolved token.
     */
    static String recipientRule(String campaignRule) {
        return TemplateViewModel.NO_FALLBACK.equals(campaignRule) ? "token.unresolved" : campaignRule;
    }

    /** A template finding with its reach ("312 recipients, 3.1%") and its quick fix. */
    private static final class CampaignFindingCell extends ListCell<CampaignFinding> {
        private final TemplateViewModel vm;
        private final Consumer<String> showRecipients;
        private final Label chip = SeverityChip.of(null);
        private final Label rule = new Label();
        private final javafx.scene.text.Text title = new javafx.scene.text.Text();
        private final Label reach = new Label();
        private final javafx.scene.text.Text suggestion = new javafx.scene.text.Text();
        private final Button fix = new Button("Add a fallback", new FontIcon(Feather.TOOL));
        private final Button show = new Button("Show recipients", new FontIcon(Feather.USERS));
        private final VBox box;

        CampaignFindingCell(TemplateViewModel vm, Consumer<String> showRecipients) {
            this.vm = vm;
            this.showRecipients = showRecipients;
            title.getStyleClass().add("cell-text");
            title.wrappingWidthProperty().bind(widthProperty().subtract(30));
            reach.getStyleClass().add("reach");
            suggestion.getStyleClass().addAll("cell-text", "suggestion");
            suggestion.wrappingWidthProperty().bind(title.wrappingWidthProperty());
            fix.getStyleClass().addAll("small", "quick-fix");
            show.getStyleClass().addAll("small", "flat");
            rule.getStyleClass().add("rule-id");
            HBox head = new HBox(8, chip, rule);
            head.setAlignment(Pos.CENTER_LEFT);
            box = new VBox(3, head, title, reach, suggestion, new HBox(6, fix, show));
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(CampaignFinding cf, boolean empty) {
            super.updateItem(cf, empty);
            if (empty || cf == null) { setGraphic(null); return; }
            Finding f = cf.finding();
            SeverityChip.restyle(chip, f.severity());
            rule.setText(f.rule() + (f.text().isEmpty() ? "" : "  " + f.text()));
            title.setText(f.message());
            reach.setText(String.format("%,d of %,d recipients (%.1f%%)", cf.affected(), cf.total(), cf.share() * 100));
            suggestion.setText(f.suggestion() == null ? "" : "→ " + f.suggestion());
            boolean fixable = vm.canAddFallback(cf);
            fix.setVisible(fixable);
            fix.setManaged(fixable);
            fix.setOnAction(e -> vm.addFallback(cf));
            show.setOnAction(e -> showRecipients.accept(recipientRule(f.rule())));
            setGraphic(box);
        }
    }
}
