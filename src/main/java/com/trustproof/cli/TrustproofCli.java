package com.trustproof.cli;

import com.trustproof.app.InputException;
import com.trustproof.export.ExportException;
import com.trustproof.risk.RiskEngine;
import com.trustproof.store.ReviewFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** The command line of PRODUCT.md: import, check, approve, export, open. Exit 0 ok, 1 findings, 2 bad input. */
@Command(name = "trustproof", mixinStandardHelpOptions = true, version = "Trustproof 0.1",
        description = "Proof a personalized email campaign recipient by recipient before it is sent.",
        subcommands = {ImportCommand.class, CheckCommand.class, ApproveCommand.class, ExportCommand.class, OpenCommand.class},
        footer = {"", "Examples:",
                "  trustproof import --campaign spring.json --recipients list.csv --db spring.trustproof",
                "  trustproof check --db spring.trustproof --format jsonl --fail-on medium",
                "  trustproof approve --db spring.trustproof --clean --max-severity low",
                "  trustproof export --db spring.trustproof --out approved.csv",
                "", "Exit codes: 0 done, 1 findings at or above --fail-on, 2 bad usage or bad input."})
public final class TrustproofCli implements Callable<Integer> {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL_ERROR = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return OK;
    }

    /** Runs the CLI and returns its exit code (does not exit). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine line = new CommandLine(new TrustproofCli());
        line.setOut(out);
        line.setErr(err);
        line.setParameterExceptionHandler((exception, arguments) -> {
            err.println("trustproof: " + exception.getMessage() + " (see 'trustproof "
                    + exception.getCommandLine().getCommandName().replace("trustproof", "").strip() + " --help')");
            err.flush();
            return BAD_INPUT;
        });
        line.setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
            if (exception instanceof InputException || exception instanceof ReviewFileException
                    || exception instanceof ExportException || exception instanceof IllegalStateException
                    || exception instanceof RiskEngineFailure) {
                err.println("trustproof: " + exception.getMessage());
                err.flush();
                return BAD_INPUT;
            }
            // a bug, not the user's fault: say so in one line, details only on request
            err.println("trustproof: internal error: " + exception + " (set TRUSTPROOF_DEBUG=1 for details)");
            if (System.getenv("TRUSTPROOF_DEBUG") != null) exception.printStackTrace(err);
            err.flush();
            return INTERNAL_ERROR;
        });
        int code = line.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** How {@code open} starts the window; set by the Launcher so the CLI itself needs no JavaFX. */
    public static void useWindow(java.util.function.Consumer<Path> launcher) { OpenCommand.useWindow(launcher); }

    /** {@link #engine} with its rules built now, for a command that checks a whole list. */
    static RiskEngine compiledEngine(Path rulesFile) {
        RiskEngine engine = engine(rulesFile);
        try {
            return engine.compiled();
        } catch (RuntimeException e) {
            throw new RiskEngineFailure(e.getMessage(), e);
        }
    }

    /** Loads the rule catalogue, tuned by --rules FILE when given; a bad file is bad input. */
    static RiskEngine engine(Path rulesFile) {
        try {
            return rulesFile == null ? com.trustproof.app.ReviewSession.defaultEngine() : RiskEngine.withOverrides(rulesFile);
        } catch (RuntimeException e) {
            throw new RiskEngineFailure(e.getMessage(), e);
        }
    }

    /** A rule file that cannot be used. */
    static final class RiskEngineFailure extends RuntimeException {
        RiskEngineFailure(String message, Throwable cause) { super(message, cause); }
    }

    /** Runs the check pass a large import left for later, with a progress line; nothing when none is pending. */
    static void completeChecks(com.trustproof.app.ReviewSession session, java.io.PrintWriter out, java.io.PrintWriter err) {
        if (!session.checksPending()) return;
        ProgressLine progress = new ProgressLine(err, "recipients checked");
        long reset = session.completeChecks(progress);
        progress.done();
        out.printf("Checked %,d recipients (%.1fs)%s.%n", session.counts().total(), progress.seconds(), reset == 0 ? ""
                : String.format("; %,d earlier decisions went back to pending because their message changed", reset));
    }
}
