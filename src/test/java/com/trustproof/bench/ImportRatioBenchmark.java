package com.trustproof.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code trustproof import} of a list into a new review file against {@code sqlite3 .import} of the
 * same CSV, alternating for a few rounds, printing each round's ratio and the median (target ≤ 1.5).
 * Only the import step of {@link ScaleBenchmark}, on a list you already have:
 * <pre>
 * java -cp target/trustproof.jar:target/test-classes com.trustproof.bench.ImportRatioBenchmark LIST.csv [rounds=3]
 * </pre>
 * The first import also writes the command's class-data archive, so it runs once untimed.
 */
public final class ImportRatioBenchmark {
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ImportRatioBenchmark LIST.csv [rounds=3]");
            System.exit(2);
        }
        Path list = Path.of(args[0]).toAbsolutePath();
        if (!Files.isRegularFile(list)) throw new IllegalArgumentException("no list " + list);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String jar = Path.of("target/trustproof.jar").toAbsolutePath().toString();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String campaign = Path.of("assets/demo/campaign.json").toAbsolutePath().toString();
        Path work = Files.createTempDirectory("trustproof-import");
        Path review = work.resolve("bench.trustproof");
        Path reference = work.resolve("ref.db");

        String[] importCommand = {java, "-jar", jar, "import", "--campaign", campaign, "--recipients", list.toString(),
                "--db", review.toString(), "--skip-invalid"};
        RatioRounds.seconds(importCommand);
        double[] ratios = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            Files.deleteIfExists(review);
            Files.deleteIfExists(reference);
            double load = RatioRounds.load();
            double sqlite = RatioRounds.seconds("sqlite3", reference.toString(), ".import --csv " + list + " t");
            double imported = RatioRounds.seconds(importCommand);
            ratios[round] = imported / sqlite;
            System.out.printf("round %d: import %6.2fs   sqlite3 %6.2fs   ratio %.2f   (load %.1f)%n",
                    round + 1, imported, sqlite, ratios[round], load);
        }
        RatioRounds.printMedian(ratios, 1.5);
        Files.deleteIfExists(review);
        Files.deleteIfExists(reference);
        Files.deleteIfExists(work);
    }
}
