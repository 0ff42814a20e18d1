package com.trustproof.ui;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/** The file dialogs the start screen and the review window share. */
final class FileChoosers {
    private FileChoosers() {}

    /** Campaign, recipient list, and the review file made from them (next to the campaign). */
    record ImportChoice(Path campaign, Path recipients, Path review) {}

    static Optional<Path> review(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open review");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Trustproof review", "*.trustproof"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    /** Two choosers: the campaign first, then the list, starting in the campaign's folder. */
    static Optional<ImportChoice> importFiles(Window owner) {
        FileChooser campaign = new FileChooser();
        campaign.setTitle("Import: 1 of 2, the campaign (JSON)");
        campaign.getExtensionFilters().add(new FileChooser.ExtensionFilter("Campaign", "*.json"));
        File json = campaign.showOpenDialog(owner);
        if (json == null) return Optional.empty();
        FileChooser list = new FileChooser();
        list.setTitle("Import: 2 of 2, the recipient list (CSV or JSON)");
        list.setInitialDirectory(json.getParentFile());
        list.getExtensionFilters().add(new FileChooser.ExtensionFilter("Recipients", "*.csv", "*.json"));
        File recipients = list.showOpenDialog(owner);
        if (recipients == null) return Optional.empty();
        Path campaignPath = json.toPath();
        return Optional.of(new ImportChoice(campaignPath, recipients.toPath(),
                campaignPath.resolveSibling(FileDrop.reviewNameFor(campaignPath))));
    }

    static Optional<Path> exportTarget(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export approved sends");
        chooser.setInitialFileName("approved.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }
}
