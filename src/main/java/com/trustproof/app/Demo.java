package com.trustproof.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The demo review a first start opens: built once from the demo files inside the jar. */
public final class Demo {
    private static final String[] FILES = {"campaign.json", "recipients.csv", "campaign-html.json"};

    private Demo() {}

    /** The demo review file in the user's data directory, imported on first use. */
    public static Path ensureDemoReview() {
        return ensureDemoReview(UserFiles.dataDir());
    }

    public static Path ensureDemoReview(Path dataDir) {
        Path review = dataDir.resolve("demo.trustproof");
        if (Files.isRegularFile(review)) return review;
        Path files = extract(dataDir.resolve("demo"));
        ReviewSession.importFiles(review, files.resolve("campaign.json"), files.resolve("recipients.csv"), Progress.NONE).close();
        return review;
    }

    /** Copies the demo inputs out of the jar (so a user can also look at and re-import them). */
    public static Path extract(Path folder) {
        try {
            Files.createDirectories(folder);
            for (String name : FILES) {
                try (InputStream in = Demo.class.getResourceAsStream("/com/trustproof/demo/" + name)) {
                    if (in == null) throw new IllegalStateException("demo file missing from the build: " + name);
                    Files.copy(in, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo files to " + folder, e);
        }
    }
}
