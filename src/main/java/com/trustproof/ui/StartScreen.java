package com.trustproof.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Shown before a review is open, and while one is loading: open, import, demo, recent files. */
final class StartScreen extends VBox {
    private final Label status = new Label();
    private final ProgressBar progress = new ProgressBar(0);

    StartScreen(List<Path> recent, Runnable open, Runnable importFiles, Runnable demo, Consumer<Path> openRecent) {
        getStyleClass().add("start-screen");
        setAlignment(Pos.CENTER);
        setSpacing(14);
        setPadding(new Insets(40));
        Label title = new Label("Trustproof");
        title.getStyleClass().add("title-1");
        Label tagline = new Label("Read every personalized message as its recipient will, before it is sent.");
        tagline.getStyleClass().add("muted");
        Button openButton = new Button("Open review…", new FontIcon(Feather.FOLDER));
        openButton.setOnAction(e -> open.run());
        Button importButton = new Button("Import campaign and recipients…", new FontIcon(Feather.UPLOAD));
        importButton.setOnAction(e -> importFiles.run());
        Button demoButton = new Button("Open the demo review", new FontIcon(Feather.PLAY));
        demoButton.getStyleClass().add("accent");
        demoButton.setOnAction(e -> demo.run());
        HBox actions = new HBox(10, demoButton, openButton, importButton);
        actions.setAlignment(Pos.CENTER);
        VBox recentBox = new VBox(4);
        recentBox.setAlignment(Pos.CENTER);
        if (!recent.isEmpty()) {
            Label heading = new Label("Recent reviews");
            heading.getStyleClass().add("section-title");
            recentBox.getChildren().add(heading);
            for (Path file : recent) {
                Hyperlink link = new Hyperlink(file.getFileName() + "  —  " + file.getParent());
                link.setOnAction(e -> openRecent.accept(file));
                recentBox.getChildren().add(link);
            }
        }
        Label drop = new Label("Or drop a campaign JSON and a recipient CSV here.");
        drop.getStyleClass().add("muted");
        progress.setVisible(false);
        progress.setPrefWidth(320);
        getChildren().addAll(title, tagline, actions, recentBox, drop, progress, status);
    }

    void working(String text, double share) {
        status.setText(text);
        progress.setVisible(true);
        progress.setProgress(share);
    }

    void failed(String text) {
        progress.setVisible(false);
        status.setText(text);
        status.getStyleClass().add("problem-text");
    }
}
