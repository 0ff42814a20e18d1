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
 * being on screen (mapped, found by {@code xdotool}) and to its first frame being painted (the
 * window's pixels are no longer one flat colour, read with ImageMagick's {@code import}). Runs each
 * jar given in turn, several times, so a busy machine shows as a spread rather than a lie. Needs a
 * display (Xvfb works), {@code xdotool} and ImageMagick:
 * {@code DISPLAY=:99 java -cp target/test-classes com.trustproof.bench.StartupBenchmark REVIEW.trustproof 5 target/trustproof.jar [OTHER.jar…]}
 */
public final class StartupBenchmark {
    private static final long TIMEOUT_NANOS = 60_000_000_000L;

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
                results.get(j).add(times);
                System.out.printf("%s run %d: window %,d ms, painted %,d ms%n", jars.get(j), run + 1, times[0], times[1]);
            }
        }
        for (int j = 0; j < jars.size(); j++) {
            long[] mapped = results.get(j).stream().mapToLong(t -> t[0]).sorted().toArray();
            long[] painted = results.get(j).stream().mapToLong(t -> t[1]).sorted().toArray();
            System.out.printf("%s: start to window min %,d / median %,d / max %,d ms; to first paint min %,d / median %,d / max %,d ms (%d runs)%n",
                    jars.get(j), mapped[0], mapped[mapped.length / 2], mapped[mapped.length - 1],
                    painted[0], painted[painted.length / 2], painted[painted.length - 1], mapped.length);
        }
    }

    /** One start: milliseconds to the mapped window and to its first painted frame. */
    private static long[] once(String java, String jar, Path review, Path home) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", jar, "open", review.toString());
        builder.environment().put("TRUSTPROOF_HOME", home.toString());
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        long started = System.nanoTime();
        Process app = builder.start();
        try {
            String window = null;
            long mapped = 0;
            while (window == null) {
                window = windowOf(app.pid());
                mapped = System.nanoTime();
                if (window == null) pause(started);
            }
            while (!painted(window)) pause(started);
            long painted = System.nanoTime();
            return new long[]{(mapped - started) / 1_000_000, (painted - started) / 1_000_000};
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    private static void pause(long started) throws InterruptedException {
        if (System.nanoTime() - started > TIMEOUT_NANOS) throw new IllegalStateException("no window within a minute");
        Thread.sleep(10);
    }

    /** The id of the process's visible Trustproof window, or null while there is none. */
    private static String windowOf(long pid) throws IOException, InterruptedException {
        String out = run("xdotool", "search", "--all", "--onlyvisible", "--pid", Long.toString(pid), "--name", "Trustproof").strip();
        return out.isEmpty() ? null : out.lines().findFirst().orElse(null);
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
