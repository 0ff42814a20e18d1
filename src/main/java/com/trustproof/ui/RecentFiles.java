package com.trustproof.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The last few review files opened, kept in the user's preferences (never in the review). */
final class RecentFiles {
    private static final int MAX = 8;
    private static final String KEY = "recent.";
    private final Preferences prefs;

    RecentFiles(Preferences prefs) { this.prefs = prefs; }

    static RecentFiles forUser() { return new RecentFiles(Preferences.userNodeForPackage(RecentFiles.class)); }

    List<Path> list() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String value = prefs.get(KEY + i, null);
            if (value != null && Files.exists(Path.of(value))) files.add(Path.of(value));
        }
        return files;
    }

    void remember(Path file) {
        List<Path> files = list();
        Path absolute = file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) prefs.put(KEY + i, files.get(i).toString()); else prefs.remove(KEY + i);
        }
    }
}
