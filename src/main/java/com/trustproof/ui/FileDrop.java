package com.trustproof.ui;

import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Drag-and-drop import: drop a campaign JSON and a recipient list (CSV or JSON) together and a
 * review is made next to the campaign. A JSON object with a "subject" is the campaign; anything
 * else is the list.
 */
final class FileDrop {
    private final Node target;
    private final WindowHost host;
    private final Consumer<String> problem;

    FileDrop(Node target, WindowHost host, Consumer<String> problem) {
        this.target = target;
        this.host = host;
        this.problem = problem;
    }

    void install() {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream().anyMatch(FileDrop::importable)) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            boolean done = e.getDragboard().hasFiles() && dropped(e.getDragboard().getFiles());
            e.setDropCompleted(done);
            e.consume();
        });
    }

    /** Imports when the drop holds one campaign and one list; says what is missing otherwise. */
    boolean dropped(List<File> files) {
        Path campaign = null;
        Path recipients = null;
        for (File f : files) {
            if (!importable(f)) continue;
            if (campaign == null && isCampaign(f.toPath())) campaign = f.toPath();
            else if (recipients == null) recipients = f.toPath();
        }
        if (campaign == null || recipients == null) {
            problem.accept("Drop the campaign (JSON) and the recipient list (CSV or JSON) together to import them");
            return false;
        }
        host.importReview(campaign, recipients, campaign.resolveSibling(reviewNameFor(campaign)));
        return true;
    }

    static String reviewNameFor(Path campaign) {
        String name = campaign.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + ".trustproof";
    }

    private static boolean importable(File f) {
        String name = f.getName().toLowerCase(Locale.ROOT);
        return f.isFile() && (name.endsWith(".csv") || name.endsWith(".json"));
    }

    /** Peeks at the start of the file only: recipient lists can be gigabytes. */
    static boolean isCampaign(Path file) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) return false;
        char[] head = new char[8192];
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int read = reader.read(head);
            String start = read <= 0 ? "" : new String(head, 0, read).stripLeading();
            return start.startsWith("{") && start.contains("\"subject\"");
        } catch (IOException e) {
            return false;
        }
    }
}
