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
    /** Set in the JVM that shows the window (see {@link #windowCommand}). */
    private static final String WINDOW_CHILD = "trustproof.window";
    /** The bounded child's JVM options (see {@link #boundedHeap}). */
    static final List<String> CHILD_OPTIONS = List.of(
            // a batch job with a small heap: the serial collector's cheaper write barriers and lower footprint suit it
            HEAP, "-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED", "-D" + CHILD + "=true",
            // Java thread priorities become OS priorities (nice values), so check's workers, which run at
            // the lowest, leave a core to the JIT compiler; a user who is not root may lower a thread's
            // priority but not raise it, which is all this needs, and the JVM's warning that raising may
            // be refused says nothing the user can act on
            "-XX:ThreadPriorityPolicy=1", "-XX:-PrintWarnings");

    private Launcher() {}

    public static void main(String[] args) {
        TrustproofCli.useWindow(Launcher::openWindow);
        boolean windowChild = System.getProperty(WINDOW_CHILD) != null;
        boolean plainOpen = isPlainOpen(args);
        if ((args.length == 0 || plainOpen) && !windowChild) {
            List<String> command = windowCommand(args);
            if (command != null) System.exit(runChild(command));
        }
        if (windowChild) stopWithParent();
        if (args.length == 0) {
            com.trustproof.app.UserFiles.useCachedSqliteLibrary();
            openWindow(null);
            return;
        }
        if (plainOpen) {
            // the command line parser costs a good part of a second at start; "open FILE" needs none of it
            com.trustproof.app.UserFiles.useCachedSqliteLibrary();
            openWindow(Path.of(args[1]));
            System.exit(TrustproofCli.OK);
        }
        if (STREAMING_COMMANDS.contains(args[0]) && needsBoundedHeap()) System.exit(boundedHeap(args));
        if (System.getProperty(CHILD) != null) stopWithParent();
        com.trustproof.app.UserFiles.warmUpForCommand();
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
        for (String option : jvmOptions()) {
            if (option.startsWith("-Xmx") || option.startsWith("-XX:MaxHeapSize") || option.startsWith("-XX:MaxRAM")) return false;
        }
        return Runtime.getRuntime().maxMemory() > (768L << 20);
    }

    /**
     * This JVM's options: the process's whole command line where the system gives it (cheap; the
     * program's own arguments never look like heap options) and the options the launcher takes from
     * the environment, else the management bean's (loading JMX costs about a tenth of a second).
     */
    private static List<String> jvmOptions() {
        java.util.Optional<String[]> commandLine = ProcessHandle.current().info().arguments();
        if (commandLine.isEmpty()) return ManagementFactory.getRuntimeMXBean().getInputArguments();
        List<String> options = new ArrayList<>(List.of(commandLine.get()));
        for (String variable : List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS")) {
            String value = System.getenv(variable);
            if (value != null) options.addAll(List.of(value.strip().split("\\s+")));
        }
        return options;
    }

    /**
     * Runs the same command in a child JVM with a fixed heap. The work streams (memory does not grow
     * with the list), so a small heap costs no speed and keeps peak memory low on a laptop.
     */
    private static int boundedHeap(String[] args) {
        return runChild(childCommand(CHILD_OPTIONS, args, args));
    }

    /**
     * This launcher with {@code args} in a child JVM of this JDK and class path, with {@code options} and
     * the class-data archive of the command {@code archiveArgs} names.
     */
    private static List<String> childCommand(List<String> options, String[] archiveArgs, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(classDataSharing(archiveArgs, List.copyOf(command)));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /**
     * The window runs in a child JVM that maps a class-data archive of its own (see {@link
     * #classDataSharing}): the classes of JavaFX, the review window and SQLite load from it instead of
     * from the jar, which brings the window up in about 1.45 s instead of 1.73 s and the review in it in
     * about 2.5 s instead of 3.7 s (medians, 1,000,000 recipients, StartupBenchmark). The child gets this JVM's own
     * command-line options (a heap size, say; options from the environment reach it by themselves).
     * Null when this JVM's command line is unknown: the window then opens here, without the archive.
     */
    private static List<String> windowCommand(String[] args) {
        java.util.Optional<String[]> commandLine = ProcessHandle.current().info().arguments();
        List<String> own = commandLine.isEmpty() ? null : optionsBeforeMain(List.of(commandLine.get()), Launcher.class.getName());
        if (own == null) return null;
        List<String> options = new ArrayList<>(own);
        options.addAll(windowOptions());
        return childCommand(options, new String[]{"window"}, args);
    }

    /** The window JVM's own options, besides those it takes from this one and its class-data archive. */
    static List<String> windowOptions() {
        List<String> options = new ArrayList<>(List.of("--enable-native-access=ALL-UNNAMED", "-D" + WINDOW_CHILD + "=true"));
        // JavaFX's renderer allocates off-heap memory through sun.misc.Unsafe: allowed, without a warning on every start
        if (Runtime.version().feature() >= 23) options.add("--sun-misc-unsafe-memory-access=allow");
        return options;
    }

    /**
     * The JVM options of a command line (without the program): what comes before {@code -jar} or the
     * main class, less the class path. Null when neither is there.
     */
    static List<String> optionsBeforeMain(List<String> arguments, String mainClass) {
        List<String> options = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("-jar") || argument.equals(mainClass)) return options;
            if (List.of("-cp", "-classpath", "--class-path").contains(argument)) i++;
            else if (!argument.startsWith("--class-path=")) options.add(argument);
        }
        return null;
    }

    private static int runChild(List<String> command) {
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
     * part of a second off every import, check and export. The name keeps one per JDK, jar path,
     * options and jar build: the JVM refuses an archive of an earlier build of the jar but does not
     * write a new one over it, so a rebuilt or upgraded jar gets an archive of its own, and the
     * archive of the build it replaced is deleted.
     */
    private static List<String> classDataSharing(String[] args, List<String> jvmOptions) {
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) return List.of();
        }
        try {
            Path folder = com.trustproof.app.UserFiles.dataDir().resolve("cds");
            java.nio.file.Files.createDirectories(folder);
            Path archive = archive(folder, args[0], System.getProperty("java.home"), System.getProperty("java.class.path"), jvmOptions);
            return List.of("-XX:SharedArchiveFile=" + archive, "-XX:+AutoCreateSharedArchive", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        } catch (IOException | RuntimeException e) {
            return List.of(); // no writable data folder: start without the archive
        }
    }

    /** The archive of one command under this JDK, class path, options and build; archives of earlier builds are deleted. */
    static Path archive(Path folder, String command, String javaHome, String classPath, List<String> jvmOptions) throws IOException {
        // an archive only fits the JVM options it was made with (a different collector refuses it): they are in the key;
        // the class path is made absolute, or two installs started as "java -jar target/trustproof.jar" would delete each other's
        String prefix = "trustproof-" + command + "-" + Integer.toHexString((javaHome + absolute(classPath) + jvmOptions).hashCode()) + "-";
        Path archive = folder.resolve(prefix + Integer.toHexString(build(classPath).hashCode()) + ".jsa");
        deleteEarlierBuilds(folder, prefix, archive);
        return archive;
    }

    private static String absolute(String classPath) {
        List<String> entries = new ArrayList<>();
        for (String entry : classPath.split(java.io.File.pathSeparator)) entries.add(Path.of(entry).toAbsolutePath().toString());
        return String.join(java.io.File.pathSeparator, entries);
    }

    /** Size and modification time of every class path entry: what changes when the jar is rebuilt. */
    private static String build(String classPath) throws IOException {
        StringBuilder stamp = new StringBuilder();
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            Path file = Path.of(entry);
            if (java.nio.file.Files.isRegularFile(file)) {
                stamp.append(java.nio.file.Files.size(file)).append('@').append(java.nio.file.Files.getLastModifiedTime(file).toMillis());
            }
            stamp.append(';');
        }
        return stamp.toString();
    }

    private static void deleteEarlierBuilds(Path folder, String prefix, Path current) throws IOException {
        try (java.nio.file.DirectoryStream<Path> archives = java.nio.file.Files.newDirectoryStream(folder, prefix + "*.jsa")) {
            for (Path earlier : archives) {
                if (earlier.equals(current)) continue;
                try {
                    java.nio.file.Files.deleteIfExists(earlier);
                } catch (IOException inUse) {
                    // a run of the earlier build still maps it (Windows): the next run deletes it
                }
            }
        }
    }

    /** Starts the JavaFX window; null opens (and on first run creates) the demo review. */
    static void openWindow(Path review) {
        com.trustproof.ui.TrustproofApp.launchApp(review);
    }
}
