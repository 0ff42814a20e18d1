package com.trustproof.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;

/** What the ratio benchmarks share: timing one command, the load it ran under, and a median over rounds. */
final class RatioRounds {
    private RatioRounds() {}

    /** Wall seconds of one command, its output discarded; fails on an exit code other than 0 or 1. */
    static double seconds(String... command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(List.of(command)).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int code = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (code != 0 && code != 1) throw new IllegalStateException(String.join(" ", command) + " failed with " + code);
        return seconds;
    }

    static double load() { return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(); }

    static void printMedian(double[] ratios, double target) {
        double[] sorted = ratios.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        System.out.printf("median ratio %.2f, best %.2f (target ≤ %.1f) %s%n", median, sorted[0], target, median <= target ? "ok" : "OVER");
    }
}
