package com.trustproof.ui;

import com.trustproof.model.Finding;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/** One finding in a list: severity chip, rule id, the message and, below it, the suggestion. */
final class FindingCell extends ListCell<Finding> {
    private final Label chip = SeverityChip.of(null);
    private final Label rule = new Label();
    // Text, not Label: a Text wraps at a set width, a Label inside a list cell only truncates
    private final Text message = new Text();
    private final Text suggestion = new Text();
    private final VBox box;

    FindingCell() {
        rule.getStyleClass().add("rule-id");
        message.getStyleClass().add("cell-text");
        suggestion.getStyleClass().addAll("cell-text", "suggestion");
        message.wrappingWidthProperty().bind(widthProperty().subtract(30));
        suggestion.wrappingWidthProperty().bind(message.wrappingWidthProperty());
        chip.setMinWidth(Region.USE_PREF_SIZE);
        rule.setMinWidth(Region.USE_PREF_SIZE);
        // the message gets its own full-width line so it wraps instead of being cut off
        HBox top = new HBox(8, chip, rule);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        box = new VBox(2, top, message, suggestion);
        setPrefWidth(0); // the list's width decides, so long messages wrap instead of widening it
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
