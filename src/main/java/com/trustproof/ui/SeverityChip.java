package com.trustproof.ui;

import com.trustproof.model.Severity;
import javafx.scene.control.Label;

/** A small coloured label for a severity ("high" red, "medium" amber, "low" blue-grey, "clean"). */
final class SeverityChip {
    private SeverityChip() {}

    static String styleClass(Severity severity) {
        return severity == null ? "sev-clean" : "sev-" + severity.id();
    }

    static String text(Severity severity) {
        return severity == null ? "clean" : severity.id();
    }

    static Label of(Severity severity) {
        Label chip = new Label(text(severity));
        chip.getStyleClass().addAll("sev-chip", styleClass(severity));
        chip.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // "medium" must never read "med…"
        return chip;
    }

    /** Restyles an existing chip (table cells reuse theirs). */
    static void restyle(Label chip, Severity severity) {
        // only on a change of severity: changing style classes re-applies CSS to the chip
        if (!chip.getStyleClass().contains(styleClass(severity))) {
            chip.getStyleClass().removeIf(c -> c.startsWith("sev-") && !c.equals("sev-chip"));
            chip.getStyleClass().add(styleClass(severity));
        }
        chip.setText(text(severity));
    }
}
