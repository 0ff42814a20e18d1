package com.trustproof.ui;

import com.trustproof.app.RecipientDetail;
import com.trustproof.model.Finding;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * A message's preview with its findings listed below; picking a finding selects its span in the
 * preview. One unit, so that the review builds both ahead for the next recipient (see
 * {@link BuiltAhead}): the list's cells used to be filled on the J itself, and the first risky message
 * of a review made them all at once.
 */
final class MessageWithFindings extends VBox {
    private final MessagePreview preview = new MessagePreview("preview");
    private final ListView<Finding> findings = new ListView<>();

    MessageWithFindings() {
        super(8);
        findings.setId("findings");
        findings.setCellFactory(l -> new FindingCell());
        findings.setPrefHeight(170);
        findings.setMinHeight(90);
        findings.setPlaceholder(new Label("No findings: this message looks safe"));
        findings.getSelectionModel().selectedItemProperty().addListener((o, was, f) -> { if (f != null) preview.reveal(f); });
        Label title = new Label("Findings");
        title.getStyleClass().add("section-title");
        VBox.setVgrow(preview, Priority.ALWAYS);
        getChildren().addAll(preview, new VBox(4, title, findings));
    }

    MessagePreview preview() { return preview; }

    void show(RecipientDetail detail) {
        preview.show(detail);
        List<Finding> now = detail == null ? List.of() : detail.findings();
        // the same findings (a clean message has none) keep their cells as they are; as after a
        // replacement, none is selected for the new recipient
        if (findings.getItems().equals(now)) findings.getSelectionModel().clearSelection();
        else findings.getItems().setAll(now);
    }
}
