package com.trustproof.app;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where Trustproof keeps the user's own files: the demo review and rule overrides. */
public final class UserFiles {
    private UserFiles() {}

    /** $TRUSTPROOF_HOME, else $XDG_DATA_HOME/trustproof, else ~/.local/share/trustproof. */
    public static Path dataDir() {
        String home = System.getenv("TRUSTPROOF_HOME");
        if (home != null && !home.isBlank()) return Path.of(home);
        String xdg = System.getenv("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) return Path.of(xdg, "trustproof");
        return Path.of(System.getProperty("user.home"), ".local", "share", "trustproof");
    }

    /** The user's rule overrides, if they wrote some. */
    public static Path rulesFile() {
        return dataDir().resolve("rules.json");
    }

    /** Keeps SQLite's native library in the data folder rather than unpacking it on every start. */
    public static void useCachedSqliteLibrary() { com.trustproof.store.NativeLibrary.prepare(dataDir()); }

    /**
     * For a command: the cached SQLite library, then, on a second thread while the command line is
     * parsed, what reading a campaign and a list and opening a review file load (Jackson, commons-csv,
     * SQLite). A long import spent over half a second on these before its first row.
     */
    public static void warmUpForCommand() {
        useCachedSqliteLibrary();
        com.trustproof.store.ReviewStore.warmUpInBackground(() -> {
            try (java.io.InputStream in = UserFiles.class.getResourceAsStream("/com/trustproof/demo/campaign.json")) {
                if (in != null) {
                    String json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    Importer.json(com.trustproof.app.input.CampaignReader.parse(json, Path.of("campaign.json")));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().get();
        });
    }

    static boolean hasRulesFile() { return Files.isRegularFile(rulesFile()); }
}
