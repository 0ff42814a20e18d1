package com.trustproof.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures Trustproof at list scale against the sqlite3 shell on the same machine, in one run, and
 * prints ratios (these machines are noisy; ratios from one script are what compare):
 * <ol>
 *   <li>import: {@code trustproof import} vs {@code sqlite3 x.db ".import --csv same.csv t"} (target ≤ 1.5), peak RSS (≤ 600 MB)</li>
 *   <li>check: {@code trustproof check --db} vs {@code sqlite3 -csv x.db "select * from recipient"} (target ≤ 2)</li>
 *   <li>export: {@code trustproof export} of every send vs {@code sqlite3 -csv} writing the same rows (target ≤ 2)</li>
 * </ol>
 * Run after {@code mvn -DskipTests package}:
 * {@code java -cp target/trustproof.jar:target/test-classes com.trustproof.bench.ScaleBenchmark [ROWS]}
 */
public final class ScaleBenchmark {
    private record Timed(double seconds, long peakKb, String output) {}

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        Path work = Files.createTempDirectory("trustproof-bench");
        Path jar = Path.of("target/trustproof.jar").toAbsolutePath();
        Path campaign = Path.of("assets/demo/campaign.json").toAbsolutePath();
        Path list = work.resolve("list.csv");
        GenerateRecipients.write(list, rows, GenerateRecipients.DEFAULT_SEED);
        System.out.printf("list: %,d rows, %,d bytes, in %s%n", rows, Files.size(list), work);

        warmUp(work, jar, campaign);
        Timed reference = run(work, "sqlite3", work.resolve("ref.db").toString(), ".import --csv " + list + " t");
        Path review = work.resolve("bench.trustproof");
        Timed imported = run(work, java(), "-jar", jar.toString(), "import", "--campaign", campaign.toString(),
                "--recipients", list.toString(), "--db", review.toString(), "--skip-invalid");
        report("import", imported, reference, 1.5);
        System.out.printf("  peak RSS: trustproof %,d MB (target ≤ 600), sqlite3 %,d MB%n", imported.peakKb() / 1024, reference.peakKb() / 1024);

        Timed select = run(work, "sqlite3", "-csv", review.toString(), "select * from recipient");
        Timed check = run(work, java(), "-jar", jar.toString(), "check", "--db", review.toString(), "--format", "jsonl", "--fail-on", "none");
        report("check", check, select, 2.0);

        run(work, java(), "-jar", jar.toString(), "approve", "--db", review.toString(), "--clean", "--max-severity", "medium");
        Path out = work.resolve("approved.csv");
        Timed export = run(work, java(), "-jar", jar.toString(), "export", "--db", review.toString(), "--out", out.toString());
        run(work, "sqlite3", work.resolve("exported.db").toString(), ".import --csv " + out + " sends");
        Timed write = run(work, "sqlite3", "-csv", "-header", work.resolve("exported.db").toString(), "select * from sends");
        report("export", export, write, 2.0);
        System.out.printf("  exported %,d bytes; peak RSS %,d MB%n", Files.size(out), export.peakKb() / 1024);
    }

    /**
     * Runs each command once on a small list, untimed: a command's first run on a machine writes
     * its class-data archive (see Launcher), and the timed runs should show what a user sees after.
     */
    private static void warmUp(Path work, Path jar, Path campaign) throws Exception {
        Path small = work.resolve("warm.csv");
        GenerateRecipients.write(small, 30_000, GenerateRecipients.DEFAULT_SEED);
        Path db = work.resolve("warm.trustproof");
        run(work, java(), "-jar", jar.toString(), "import", "--campaign", campaign.toString(), "--recipients", small.toString(),
                "--db", db.toString(), "--skip-invalid");
        run(work, java(), "-jar", jar.toString(), "check", "--db", db.toString(), "--format", "jsonl", "--fail-on", "none");
        run(work, java(), "-jar", jar.toString(), "approve", "--db", db.toString(), "--clean");
        run(work, java(), "-jar", jar.toString(), "export", "--db", db.toString(), "--out", work.resolve("warm-out.csv").toString());
    }

    private static void report(String what, Timed ours, Timed reference, double target) {
        double ratio = ours.seconds() / reference.seconds();
        System.out.printf("%-7s trustproof %6.2fs   sqlite3 %6.2fs   ratio %.2f (target ≤ %.1f) %s%n", what, ours.seconds(),
                reference.seconds(), ratio, target, ratio <= target ? "ok" : "OVER");
    }

    private static String java() { return Path.of(System.getProperty("java.home"), "bin", "java").toString(); }

    /** Runs a command under GNU time for wall seconds and peak RSS; its stdout goes to a file. */
    private static Timed run(Path work, String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(work, "out", ".txt");
        Path times = Files.createTempFile(work, "time", ".txt");
        List<String> full = new ArrayList<>(List.of("/usr/bin/time", "-o", times.toString(), "-f", "%e %M"));
        full.addAll(List.of(command));
        Process process = new ProcessBuilder(full).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int code = process.waitFor();
        String[] measured = Files.readString(times).strip().lines().reduce((a, b) -> b).orElse("0 0").split(" ");
        String output = Files.size(out) < 10_000 ? Files.readString(out) : "";
        Files.delete(out);
        if (code != 0 && code != 1) throw new IllegalStateException(String.join(" ", command) + " failed with " + code + ": " + output);
        return new Timed(Double.parseDouble(measured[0]), Long.parseLong(measured[1]), output);
    }
}
