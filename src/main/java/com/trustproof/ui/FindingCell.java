package com.trustproof.ui;

import com.trustproof.model.Finding;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** One finding in a list: severity chip, rule id, the message and, below it, the suggestion. */
final class FindingCell extends ListCell<Finding> {
    private final Label chip = SeverityChip.of(null);
    private final Label rule = new Label();
    private final Label message = new Label();
    private final Label suggestion = new Label();
    private final VBox box;

    FindingCell() {
        rule.getStyleClass().add("rule-id");
        message.setWrapText(true);
        suggestion.getStyleClass().add("suggestion");
        suggestion.setWrapText(true);
        HBox top = new HBox(8, chip, rule, message);
        box = new VBox(2, top, suggestion);
        message.setMaxWidth(Double.MAX_VALUE);
        setPrefWidth(0); // let the list's width decide, so long messages wrap
    }

    @Override
    protected void updateItem(Finding finding, boolean empty) {
        super.updateItem(finding, empty);
        if (empty || finding == null) {
            setGraphic(null);
            return;
        }
        SeverityChip.restyle(chip, finding.severity());
        rule.setText(finding.rule());
        String where = finding.field() == null ? "" : " — “" + finding.text() + "” in " + finding.field().id();
        message.setText(finding.message() + where);
        suggestion.setText(finding.suggestion() == null ? "" : "→ " + finding.suggestion());
        suggestion.setManaged(finding.suggestion() != null);
        suggestion.setVisible(finding.suggestion() != null);
        setGraphic(box);
    }
}
