package com.trustproof.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * App start as the reviewer sees it: from starting {@code java -jar JAR open REVIEW} to the window
 * being on screen (mapped, found by {@code xdotool}), to its first frame being painted (the
 * window's pixels are no longer one flat colour, read with ImageMagick) and to the review window
 * (the title names the file). Runs each
 * jar given in turn, several times, so a busy machine shows as a spread rather than a lie. Needs a
 * display (Xvfb works), {@code xdotool} and ImageMagick:
 * {@code DISPLAY=:99 java -cp target/test-classes com.trustproof.bench.StartupBenchmark REVIEW.trustproof 5 target/trustproof.jar [OTHER.jar…]}
 * <p>{@code -Dbench.jvm="OPTIONS"} starts the app's JVM with these options (to try JVM settings).
 */
public final class StartupBenchmark {
    private static final long TIMEOUT_NANOS = 30_000_000_000L;

    public static void main(String[] args) throws Exception {
        Path review = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        List<String> jars = Arrays.asList(args).subList(2, args.length);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path home = Files.createTempDirectory("trustproof-start");
        List<List<long[]>> results = new ArrayList<>();
        for (String jar : jars) results.add(new ArrayList<>());
        for (int run = 0; run < runs; run++) {
            for (int j = 0; j < jars.size(); j++) {
                long[] times = once(java, jars.get(j), review, home);
                if (times == null) {
                    System.out.printf("%s run %d: no painted window within %d s%n", jars.get(j), run + 1, TIMEOUT_NANOS / 1_000_000_000L);
                    continue;
                }
                results.get(j).add(times);
                System.out.printf("%s run %d: window %,d ms, painted %,d ms, review window %,d ms%n", jars.get(j), run + 1, times[0], times[1], times[2]);
            }
        }
        for (int j = 0; j < jars.size(); j++) {
            if (results.get(j).isEmpty()) continue;
            long[] mapped = results.get(j).stream().mapToLong(t -> t[0]).sorted().toArray();
            long[] painted = results.get(j).stream().mapToLong(t -> t[1]).sorted().toArray();
            long[] reviewing = results.get(j).stream().mapToLong(t -> t[2]).sorted().toArray();
            System.out.printf("%s: start to window min %,d / median %,d / max %,d ms; to first paint min %,d / median %,d / max %,d ms;"
                            + " to review window min %,d / median %,d / max %,d ms (%d runs)%n",
                    jars.get(j), mapped[0], mapped[mapped.length / 2], mapped[mapped.length - 1],
                    painted[0], painted[painted.length / 2], painted[painted.length - 1],
                    reviewing[0], reviewing[reviewing.length / 2], reviewing[reviewing.length - 1], mapped.length);
        }
    }

    /** One start: milliseconds to the mapped window and to its first painted frame; null (and the app's output) when it never came. */
    private static long[] once(String java, String jar, Path review, Path home) throws Exception {
        List<String> command = new ArrayList<>(List.of(java));
        String options = System.getProperty("bench.jvm", "").strip();
        if (!options.isEmpty()) command.addAll(List.of(options.split("\\s+")));
        command.addAll(List.of("-jar", jar, "open", review.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("TRUSTPROOF_HOME", home.toString());
        Path log = home.resolve("app.log");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        long started = System.nanoTime();
        Process app = builder.start();
        try {
            String window = null;
            long mapped = 0;
            while (window == null) {
                window = windowOf(app.toHandle());
                mapped = System.nanoTime();
                if (window == null && !pause(started)) return failed(app, log);
            }
            while (!painted(window)) {
                if (!pause(started)) return failed(app, log);
            }
            long painted = System.nanoTime();
            // the title names the file once the review window has replaced the opening screen
            while (!run("xdotool", "getwindowname", window).contains(" — ")) {
                if (!pause(started)) return failed(app, log);
            }
            long reviewing = System.nanoTime();
            return new long[]{(mapped - started) / 1_000_000, (painted - started) / 1_000_000, (reviewing - started) / 1_000_000};
        } finally {
            // the window's JVM (a child of the launcher) stops with it, and on a first start writes its
            // class-data archive as it goes: the next start waits for that, or it would be timed against it
            List<ProcessHandle> children = app.descendants().toList();
            app.destroy();
            app.waitFor();
            for (ProcessHandle child : children) child.onExit().join();
        }
    }

    /** Waits a moment; false once the start has taken too long. */
    private static boolean pause(long started) throws InterruptedException {
        if (System.nanoTime() - started > TIMEOUT_NANOS) return false;
        Thread.sleep(10);
        return true;
    }

    private static long[] failed(Process app, Path log) throws IOException {
        System.out.println("  app " + (app.isAlive() ? "still running" : "exited with " + app.exitValue()) + "; its output:");
        Files.readAllLines(log).stream().filter(line -> !line.startsWith("WARNING")).limit(20).forEach(line -> System.out.println("    " + line));
        return null;
    }

    /** The id of the visible Trustproof window of the process or of a child of it (the launcher's window JVM), or null while there is none. */
    private static String windowOf(ProcessHandle process) throws IOException, InterruptedException {
        List<ProcessHandle> candidates = new ArrayList<>(List.of(process));
        process.descendants().forEach(candidates::add);
        for (ProcessHandle candidate : candidates) {
            String out = run("xdotool", "search", "--all", "--onlyvisible", "--pid", Long.toString(candidate.pid()), "--name", "Trustproof").strip();
            if (!out.isEmpty()) return out.lines().findFirst().orElse(null);
        }
        return null;
    }

    /** True once the window shows more than one colour (a mapped but unpainted window is flat white or black). */
    private static boolean painted(String window) throws IOException, InterruptedException {
        String colours = run("convert", "x:" + window, "-format", "%k", "info:").strip();
        return !colours.isEmpty() && Character.isDigit(colours.charAt(0)) && Long.parseLong(colours) > 1;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = p.getInputStream()) {
            in.transferTo(out);
        }
        p.waitFor();
        return out.toString();
    }
}
