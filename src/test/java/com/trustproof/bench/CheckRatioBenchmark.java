package com.trustproof.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code trustproof check} of an existing review file against the sqlite3 shell reading the same
 * table, run back to back for a few rounds, printing each round's ratio and the median (target ≤ 2).
 * Only the check step of {@link ScaleBenchmark}, so a change to check can be judged in a minute:
 * <pre>
 * java -cp target/trustproof.jar:target/test-classes com.trustproof.bench.CheckRatioBenchmark REVIEW.trustproof [rounds=3]
 * </pre>
 * Both commands write to /dev/null. The machine's load average is printed with each round: on a
 * shared machine, trust ratios from quiet rounds.
 */
public final class CheckRatioBenchmark {
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: CheckRatioBenchmark REVIEW.trustproof [rounds=3]");
            System.exit(2);
        }
        Path review = Path.of(args[0]).toAbsolutePath();
        if (!Files.isRegularFile(review)) throw new IllegalArgumentException("no review file " + review);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String jar = Path.of("target/trustproof.jar").toAbsolutePath().toString();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        double[] ratios = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            double load = RatioRounds.load();
            double check = RatioRounds.seconds(java, "-jar", jar, "check", "--db", review.toString(), "--format", "jsonl", "--fail-on", "none");
            double select = RatioRounds.seconds("sqlite3", "-csv", review.toString(), "select * from recipient");
            ratios[round] = check / select;
            System.out.printf("round %d: check %6.2fs   sqlite3 %6.2fs   ratio %.2f   (load %.1f)%n",
                    round + 1, check, select, ratios[round], load);
        }
        RatioRounds.printMedian(ratios, 2.0);
    }
}
