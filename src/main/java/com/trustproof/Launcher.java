package com.trustproof;

import com.trustproof.cli.TrustproofCli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The one entry point: no arguments opens the window (on the demo review the first time), a
 * subcommand runs the command line. A plain class, not an Application, so the shaded jar starts.
 */
public final class Launcher {
    /** Commands that stream whole lists: they run in a JVM with a bounded heap (see {@link #boundedHeap}). */
    private static final Set<String> STREAMING_COMMANDS = Set.of("import", "check", "export");
    private static final String HEAP = "-Xmx384m";
    private static final String CHILD = "trustproof.bounded";

    private Launcher() {}

    public static void main(String[] args) {
        TrustproofCli.useWindow(Launcher::openWindow);
        if (args.length == 0) {
            openWindow(null);
            return;
        }
        if (isPlainOpen(args)) {
            // the command line parser costs a good part of a second at start; "open FILE" needs none of it
            openWindow(Path.of(args[1]));
            System.exit(TrustproofCli.OK);
        }
        if (STREAMING_COMMANDS.contains(args[0]) && needsBoundedHeap()) System.exit(boundedHeap(args));
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = TrustproofCli.run(out, err, args);
        System.exit(code);
    }

    /** {@code open FILE} on an existing file; anything else (help, typos, a missing file) goes through the CLI's messages. */
    private static boolean isPlainOpen(String[] args) {
        return args.length == 2 && args[0].equals("open") && !args[1].startsWith("-")
                && java.nio.file.Files.isRegularFile(Path.of(args[1]));
    }

    /** True when nobody chose a heap size: the JVM's default (a quarter of RAM) lets a long import grow far past what it needs. */
    private static boolean needsBoundedHeap() {
        if (System.getProperty(CHILD) != null) return false;
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (option.startsWith("-Xmx") || option.startsWith("-XX:MaxHeapSize") || option.startsWith("-XX:MaxRAM")) return false;
        }
        return Runtime.getRuntime().maxMemory() > (768L << 20);
    }

    /**
     * Runs the same command in a child JVM with a fixed heap. The work streams (memory does not grow
     * with the list), so a small heap costs no speed and keeps peak memory low on a laptop.
     */
    private static int boundedHeap(String[] args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "--enable-native-access=ALL-UNNAMED", "-D" + CHILD + "=true", "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        try {
            return new ProcessBuilder(command).inheritIO().start().waitFor();
        } catch (IOException e) {
            System.err.println("trustproof: cannot start java: " + e.getMessage());
            return TrustproofCli.INTERNAL_ERROR;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return TrustproofCli.INTERNAL_ERROR;
        }
    }

    /** Starts the JavaFX window; null opens (and on first run creates) the demo review. */
    static void openWindow(Path review) {
        com.trustproof.ui.TrustproofApp.launchApp(review);
    }
}
