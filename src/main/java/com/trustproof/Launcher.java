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
            com.trustproof.app.UserFiles.useCachedSqliteLibrary();
            openWindow(null);
            return;
        }
        if (isPlainOpen(args)) {
            // the command line parser costs a good part of a second at start; "open FILE" needs none of it
            com.trustproof.app.UserFiles.useCachedSqliteLibrary();
            openWindow(Path.of(args[1]));
            System.exit(TrustproofCli.OK);
        }
        if (STREAMING_COMMANDS.contains(args[0]) && needsBoundedHeap()) System.exit(boundedHeap(args));
        if (System.getProperty(CHILD) != null) stopWithParent();
        com.trustproof.app.UserFiles.useCachedSqliteLibrary();
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
                // a batch job with a small heap: the serial collector's cheaper write barriers and lower footprint suit it
                HEAP, "-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED", "-D" + CHILD + "=true"));
        command.addAll(classDataSharing(args, List.copyOf(command)));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
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

    /**
     * The bounded child does the launcher's work: when the launcher is killed (kill -9 gives it no
     * chance to pass the signal on), the child stops too, as abruptly, instead of importing on as an
     * orphan. Every change commits whole or not at all, so stopping anywhere is safe.
     */
    private static void stopWithParent() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(137)));
    }

    /**
     * A class-data archive per command, written by the JVM at the end of the command's first run
     * and mapped on later runs: classes load from it instead of from the jar, which takes a good
     * part of a second off every import, check and export. The JVM checks that the archive
     * matches this JDK and jar and rewrites it when not; the name keeps one per JDK, jar path and options.
     */
    private static List<String> classDataSharing(String[] args, List<String> jvmOptions) {
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) return List.of();
        }
        try {
            Path folder = com.trustproof.app.UserFiles.dataDir().resolve("cds");
            java.nio.file.Files.createDirectories(folder);
            // an archive only fits the JVM options it was made with (a different collector refuses it): they are in the key
            String key = Integer.toHexString((System.getProperty("java.home") + System.getProperty("java.class.path") + jvmOptions).hashCode());
            Path archive = folder.resolve("trustproof-" + args[0] + "-" + key + ".jsa");
            return List.of("-XX:SharedArchiveFile=" + archive, "-XX:+AutoCreateSharedArchive", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        } catch (IOException | RuntimeException e) {
            return List.of(); // no writable data folder: start without the archive
        }
    }

    /** Starts the JavaFX window; null opens (and on first run creates) the demo review. */
    static void openWindow(Path review) {
        com.trustproof.ui.TrustproofApp.launchApp(review);
    }
}
