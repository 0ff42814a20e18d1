package com.trustproof.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

@Command(name = "open", mixinStandardHelpOptions = true, description = "Open the Trustproof window on a review file.",
        footer = {"", "Example:", "  trustproof open spring.trustproof"})
final class OpenCommand implements Callable<Integer> {
    /** Set by the Launcher: starts the window (kept out of the CLI so the CLI needs no JavaFX). */
    static volatile Consumer<Path> windowLauncher = path -> { throw new IllegalStateException("no window available"); };

    @Parameters(paramLabel = "REVIEW.trustproof", description = "review file")
    Path review;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(review)) throw new IllegalStateException(review + ": no such review file");
        windowLauncher.accept(review);
        return TrustproofCli.OK;
    }

    public static void useWindow(Consumer<Path> launcher) { windowLauncher = launcher; }
}
