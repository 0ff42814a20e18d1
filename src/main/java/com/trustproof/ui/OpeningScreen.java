package com.trustproof.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

/**
 * The first thing shown when the app starts on a review: its name and what is being opened. Plain
 * labels only (no icons, no recent files), so the window appears as soon as the toolkit is up; the
 * full {@link StartScreen} is built only when the reviewer needs its buttons.
 */
final class OpeningScreen extends VBox {
    private final Label status = new Label();
    private final ProgressBar progress = new ProgressBar(-1);

    OpeningScreen() {
        getStyleClass().add("start-screen");
        setId("opening-screen");
        setAlignment(Pos.CENTER);
        setSpacing(14);
        setPadding(new Insets(40));
        Label title = new Label("Trustproof");
        title.getStyleClass().add("title-1");
        progress.setPrefWidth(320);
        getChildren().addAll(title, progress, status);
    }

    void working(String text, double share) {
        status.setText(text);
        progress.setProgress(share);
    }
}
