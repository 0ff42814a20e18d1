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

    static boolean hasRulesFile() { return Files.isRegularFile(rulesFile()); }
}
