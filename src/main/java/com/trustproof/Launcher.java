package com.trustproof;

import com.trustproof.cli.TrustproofCli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The one entry point: no arguments opens the window (on the demo review the first time), a
 * subcommand runs the command line. A plain class, not an Application, so the shaded jar starts.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        TrustproofCli.useWindow(Launcher::openWindow);
        if (args.length == 0) {
            openWindow(null);
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = TrustproofCli.run(out, err, args);
        System.exit(code);
    }

    /** Starts the JavaFX window; null opens (and on first run creates) the demo review. */
    static void openWindow(Path review) {
        com.trustproof.ui.TrustproofApp.launchApp(review);
    }
}
