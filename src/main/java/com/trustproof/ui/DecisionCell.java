package com.trustproof.ui;

import com.trustproof.model.DecisionStatus;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The recipient table's decision column: an icon (and its tooltip) for the row's status. A cell
 * keeps one icon and one tooltip and changes them only when the status does: the table re-fills
 * its cells on every selection change (JavaFX lays the whole table out again when a row's selection
 * changes) and a new tooltip each time was the costliest part of that.
 */
final class DecisionCell<S> extends TableCell<S, DecisionStatus> {
    private final FontIcon icon = new FontIcon(Feather.CIRCLE);
    private final Tooltip tip = new Tooltip();
    private DecisionStatus shown;

    @Override
    protected void updateItem(DecisionStatus status, boolean empty) {
        super.updateItem(status, empty);
        setText(null);
        DecisionStatus now = empty ? null : status;
        if (now == shown) return;
        shown = now;
        // style classes change only with the status: each change re-applies CSS to the cell
        getStyleClass().removeAll("status-pending", "status-approved", "status-rejected");
        if (now == null) {
            setGraphic(null);
            setTooltip(null);
            setAccessibleText(null);
            return;
        }
        getStyleClass().add("status-" + now.id());
        icon.setIconCode(iconOf(now));
        tip.setText(now.id());
        setTooltip(tip);
        setAccessibleText(now.id());
        setGraphic(icon);
    }

    static Feather iconOf(DecisionStatus status) {
        return switch (status) {
            case APPROVED -> Feather.CHECK_CIRCLE;
            case REJECTED -> Feather.X_CIRCLE;
            case PENDING -> Feather.CIRCLE;
        };
    }
}
