package com.trustproof.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.trustproof.model.Campaign;
import com.trustproof.model.Decision;
import com.trustproof.model.DecisionStatus;
import com.trustproof.model.RecipientQuery;
import com.trustproof.model.RecipientRow;
import com.trustproof.model.ReviewCounts;
import com.trustproof.model.Severity;
import com.trustproof.model.VariantGroup;
import com.trustproof.model.Recipient;
import com.trustproof.model.ShownFields;
import com.trustproof.export.ApprovedSend;
import com.trustproof.export.CsvExport;
import com.trustproof.export.DecisionCounts;
import com.trustproof.export.ExportOptions;
import com.trustproof.export.HtmlReport;
import com.trustproof.export.RejectedSend;
import com.trustproof.export.ReportData;
import com.trustproof.export.SendSource;
import com.trustproof.render.CompiledCampaign;
import com.trustproof.render.Rendering;
import com.trustproof.risk.CampaignFinding;
import com.trustproof.risk.RiskEngine;
import com.trustproof.store.CheckSummary;
import com.trustproof.store.RawRecipient;
import com.trustproof.store.RecipientTable;
import com.trustproof.store.ReviewFileException;
import com.trustproof.store.ReviewStore;
import com.trustproof.store.StoredRecipient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * An open review file: the one door the UI and CLI use. Every method does I/O: call it off the FX
 * thread. Decisions are committed when made. Not thread-safe: use from one worker thread at a time.
 */
public final class ReviewSession implements AutoCloseable {
    private static final TypeReference<List<CampaignFinding>> FINDINGS = new TypeReference<>() {};

    private final ReviewStore store;
    private final Supplier<RiskEngine> engine;
    private Campaign campaign;
    private CompiledCampaign compiled;
    private Checker detailChecker;
    private final List<String> columns;
    private final ShownFields.Columns shownColumns;
    private final Map<String, String> headers;
    private CompiledCampaign lastEdited;

    private ReviewSession(ReviewStore store, RiskEngine engine) { this(store, () -> engine); }

    private ReviewSession(ReviewStore store, Supplier<RiskEngine> engine) {
        this.store = store;
        this.engine = engine;
        this.headers = store.columns();
        this.columns = List.copyOf(headers.keySet());
        this.shownColumns = ShownFields.Columns.of(columns);
        String json = store.latestCampaignJson();
        if (json == null) {
            store.close();
            throw new ReviewFileException(store.file() + ": the review file holds no campaign yet");
        }
        useCampaign(parseCampaign(json));
    }

    /** The rules in force: built-in, tuned by the user's override file when there is one. */
    public static RiskEngine defaultEngine() {
        return UserFiles.hasRulesFile() ? RiskEngine.withOverrides(UserFiles.rulesFile()) : RiskEngine.defaults();
    }

    /** Opens an existing review file; refuses files that are not Trustproof reviews or are newer. */
    public static ReviewSession open(Path file) { return open(file, defaultEngine()); }

    public static ReviewSession open(Path file, RiskEngine engine) {
        return new ReviewSession(ReviewStore.open(file), engine);
    }

    /**
     * Opens a review file while its rules are still being built on another thread: the two take
     * about as long, so a command that starts both saves the shorter. The first check waits for
     * the rules; a failure to build them is thrown there, unchanged.
     */
    public static ReviewSession open(Path file, CompletableFuture<RiskEngine> engine) {
        return new ReviewSession(ReviewStore.open(file), () -> await(engine));
    }

    /** The built engine, or the exception that stopped the build (not wrapped). */
    public static RiskEngine await(CompletableFuture<RiskEngine> engine) {
        try {
            return engine.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) throw failure;
            if (e.getCause() instanceof Error error) throw error;
            throw e;
        }
    }

    /**
     * Imports campaign + recipients into {@code file} (created if absent, re-imported if present,
     * keeping decisions whose message is unchanged) in one transaction, then opens it.
     * Bad input throws {@link InputException} and leaves the file as it was.
     */
    public static ReviewSession importFiles(Path file, Path campaignJson, Path recipients, Progress progress) {
        return importFiles(file, campaignJson, recipients, defaultEngineWhenNeeded(), false, progress).session();
    }

    /** An import's result: the open session and what happened on the way in. */
    public record Imported(ReviewSession session, long loaded, long rejected, long reset, Path rejectsFile) {}

    public static Imported importFiles(Path file, Path campaignJson, Path recipients, RiskEngine engine,
                                       boolean skipInvalid, Progress progress) {
        return importFiles(file, campaignJson, recipients, () -> engine, skipInvalid, progress, CHECK_AT_IMPORT_UP_TO);
    }

    /** As above with the rules read only when this import checks (a short list), or when the session first needs them. */
    public static Imported importFiles(Path file, Path campaignJson, Path recipients, Supplier<RiskEngine> engine,
                                       boolean skipInvalid, Progress progress) {
        return importFiles(file, campaignJson, recipients, engine, skipInvalid, progress, CHECK_AT_IMPORT_UP_TO);
    }

    /**
     * The default rules, read on first use: a long import never checks, and reading the catalogue
     * costs a third of a second of start-up. A user's rules file is read now, so a bad one stops
     * the command before the review file is touched.
     */
    public static Supplier<RiskEngine> defaultEngineWhenNeeded() {
        if (UserFiles.hasRulesFile()) {
            RiskEngine engine = defaultEngine();
            return () -> engine;
        }
        return new Supplier<>() {
            private RiskEngine engine;

            @Override
            public synchronized RiskEngine get() {
                if (engine == null) engine = RiskEngine.defaults();
                return engine;
            }
        };
    }

    /** As above; lists longer than {@code checkUpTo} rows are left for {@link #completeChecks}. */
    static Imported importFiles(Path file, Path campaignJson, Path recipients, Supplier<RiskEngine> engine,
                                boolean skipInvalid, Progress progress, long checkUpTo) {
        Imported loaded = Files.exists(file) ? reimport(file, campaignJson, recipients, engine, skipInvalid, progress)
                : importFresh(file, campaignJson, recipients, engine, skipInvalid, progress);
        if (loaded.loaded() > checkUpTo) return loaded;
        try {
            long reset = loaded.session().completeChecks(Progress.NONE);
            return new Imported(loaded.session(), loaded.loaded(), loaded.rejected(), reset, loaded.rejectsFile());
        } catch (RuntimeException failure) {
            loaded.session().close();
            throw failure;
        }
    }

    /**
     * Lists up to this size are checked as part of the import (it takes well under a second);
     * larger ones are loaded first and checked by {@link #completeChecks}, when the review opens.
     */
    public static final long CHECK_AT_IMPORT_UP_TO = 20_000;

    private static Imported reimport(Path file, Path campaignJson, Path recipients, Supplier<RiskEngine> engine,
                                     boolean skipInvalid, Progress progress) {
        ReviewStore store = ReviewStore.open(file);
        try {
            Importer.Outcome outcome = new Importer(skipInvalid, progress).load(store, campaignJson, recipients);
            return new Imported(new ReviewSession(store, engine), outcome.loaded(), outcome.rejected(), 0, outcome.rejectsFile());
        } catch (RuntimeException failure) {
            store.close();
            throw failure;
        }
    }

    /**
     * A new review is built under a temporary name and moved into place when complete, so a crash
     * or a bad row never leaves a half-made review file under the real name (which is also why it
     * can be built without a journal).
     */
    private static Imported importFresh(Path file, Path campaignJson, Path recipients, Supplier<RiskEngine> engine,
                                        boolean skipInvalid, Progress progress) {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".importing-" + ProcessHandle.current().pid());
        deleteQuietly(temporary);
        Importer.Outcome outcome;
        try {
            try (ReviewStore store = ReviewStore.createForBulkLoad(temporary)) {
                outcome = new Importer(skipInvalid, progress).load(store, campaignJson, recipients);
            }
            ReviewStore.flushToDisk(temporary);
        } catch (RuntimeException failure) {
            deleteQuietly(temporary);
            throw failure;
        }
        try {
            Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new ReviewFileException(file + ": cannot create the review file: " + e.getMessage(), e);
        }
        return new Imported(new ReviewSession(ReviewStore.open(file), engine), outcome.loaded(), outcome.rejected(), 0,
                outcome.rejectsFile());
    }

    /** Drops cached totals and page positions: another session (a check pass) changed the file. */
    public void refresh() { store.recipients().forgetPositions(); }

    /** True while recipients wait for their first check (a large import loads rows first). */
    public boolean checksPending() { return CheckPass.pending(store); }

    /**
     * Renders and checks every recipient an import left unchecked, in chunks that commit one by
     * one (decisions made meanwhile, from another session, are kept), then indexes the list.
     * Returns how many earlier decisions went back to pending because their message changed.
     * Does nothing when no check is pending.
     */
    public long completeChecks(Progress progress) {
        if (!checksPending()) return 0;
        return new CheckPass(store, checker(compiled), this::recipientOf, shownColumns).run(progress);
    }

    private static void deleteQuietly(Path file) {
        for (String suffix : new String[]{"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException ignored) {
                // best effort: a left-over empty file is harmless and will be refused as incomplete
            }
        }
    }

    private Campaign parseCampaign(String json) {
        try {
            return Importer.JSON.readValue(json, Campaign.class);
        } catch (JsonProcessingException e) {
            throw new ReviewFileException(store.file() + ": damaged campaign in the review file", e);
        }
    }

    private void useCampaign(Campaign next) {
        campaign = next;
        compiled = CompiledCampaign.compile(next);
        detailChecker = null;
    }

    private Checker checker(CompiledCampaign template) {
        return new Checker(template, () -> engine.get().begin(template, new HashSet<>(columns), LocalDate.now()));
    }

    public Path file() { return store.file(); }

    private Recipient recipientOf(StoredRecipient stored) {
        return Importer.recipient(stored.id(), columns, stored.cells());
    }

    private static Decision decisionOf(StoredRecipient stored) {
        String at = stored.decidedAt();
        return new Decision(stored.id(), stored.status(), stored.note(), at == null || at.isEmpty() ? null : Instant.parse(at),
                stored.decidedHash());
    }

    public Campaign campaign() { return campaign; }

    /** Canonical column name → the list's own header, in list order. */
    public Map<String, String> headers() { return headers; }

    /** Campaign-wide findings (on the template), with counts and affected recipients. */
    public List<CampaignFinding> campaignFindings() {
        String json = store.meta("campaign_findings");
        if (json == null) return List.of();
        try {
            return Importer.JSON.readValue(json, FINDINGS);
        } catch (JsonProcessingException e) {
            throw new ReviewFileException(store.file() + ": damaged campaign findings", e);
        }
    }

    public ReviewCounts counts() { return store.recipients().counts(); }

    public long count(RecipientQuery query) { return store.recipients().count(query); }

    /** Rows {@code offset} .. offset+limit of the query's result. */
    public List<RecipientRow> page(RecipientQuery query, long offset, int limit) {
        return store.recipients().page(query, offset, limit);
    }

    /** Rendering, findings, persona and decision of one recipient (rendered on demand). */
    public RecipientDetail detail(long recipientId) {
        return detail(recipientId, detailChecker());
    }

    private Checker detailChecker() {
        if (detailChecker == null) detailChecker = checker(compiled);
        return detailChecker;
    }

    /** Renders one recipient against an edited, unsaved campaign (live preview while editing). */
    public RecipientDetail preview(Campaign edited, long recipientId) {
        return detail(recipientId, checker(compile(edited)));
    }

    private CompiledCampaign compile(Campaign edited) {
        if (lastEdited == null || !lastEdited.campaign().equals(edited)) lastEdited = CompiledCampaign.compile(edited);
        return lastEdited;
    }

    private RecipientDetail detail(long recipientId, Checker checker) {
        StoredRecipient stored = store.recipients().get(recipientId);
        if (stored == null) throw new IllegalArgumentException("no recipient " + recipientId);
        Recipient recipient = recipientOf(stored);
        Checker.Result result = checker.check(recipient);
        Decision decision = decisionOf(stored);
        return new RecipientDetail(recipient, result.rendering(), result.check().findings(), result.check().score(),
                decision, stored.resetReason(), headers);
    }

    /** Campaign-wide findings of an edited, unsaved campaign, with exact counts over the whole list. */
    public List<CampaignFinding> checkTemplate(Campaign edited) {
        Checker checker = checker(compile(edited));
        store.recipients().forEach(null, stored -> {
            if (Thread.currentThread().isInterrupted()) throw new CancellationException("re-check cancelled");
            checker.check(recipientOf(stored));
        });
        return checker.finishCampaign();
    }

    /**
     * Records a decision, committed at once. Approving a recipient without consent is refused with
     * an {@link IllegalStateException} whose message says why.
     */
    public void decide(long recipientId, DecisionStatus status, String note) {
        StoredRecipient stored = store.recipients().get(recipientId);
        if (stored == null) throw new IllegalArgumentException("no recipient " + recipientId);
        // a recipient still waiting for the check pass is checked now: the decision binds to its message
        CheckSummary check = stored.check().checked() ? stored.check() : detailChecker().check(recipientOf(stored)).summary();
        if (status == DecisionStatus.APPROVED && !hasConsent(check)) {
            String email = recipientOf(stored).email();
            throw new IllegalStateException(email + " has not agreed to receive marketing email, so this send cannot be approved.");
        }
        store.inTransaction(() -> {
            if (!stored.check().checked()) store.recipients().storeChecks(List.of(recipientId), List.of(check),
                    List.of(shownColumns.fieldsOf(stored.cells())), recipientId - 1, recipientId);
            store.recipients().decide(recipientId, status, note);
        });
    }

    private static boolean hasConsent(CheckSummary check) {
        return !check.rules().contains(" consent.missing ");
    }

    /** Decides every member of a variant group in one transaction; returns how many changed. */
    public long decideGroup(String variant, DecisionStatus status, String note) {
        long[] changed = new long[1];
        store.inTransaction(() -> changed[0] = store.recipients().decideWhere("variant = ?", List.of(variant), status, note));
        return changed[0];
    }

    /** How many pending, consenting recipients have no finding worse than {@code maxSeverity} (null: no finding at all). */
    public long countApprovable(Severity maxSeverity) {
        return store.recipients().countWhere(RecipientTable.approvableWhere(), List.of(RecipientTable.worst(maxSeverity)));
    }

    /** Approves those recipients in one transaction; returns how many. */
    public long approveClean(Severity maxSeverity) {
        long[] changed = new long[1];
        store.inTransaction(() -> changed[0] = store.recipients().decideWhere(RecipientTable.approvableWhere(),
                List.of(RecipientTable.worst(maxSeverity)), DecisionStatus.APPROVED, null));
        return changed[0];
    }

    /** Variant groups, riskiest and largest first. */
    public List<VariantGroup> groups(int limit) { return store.recipients().groups(limit); }

    public List<String> segments() { return store.recipients().segments(500); }

    /** Recipients per rule id (for the overview chart and the rule filter). */
    public Map<String, Long> recipientsByRule() { return store.stats(ListStats.BY_RULE); }

    /** Recipients with a high or medium finding per segment. */
    public Map<String, Long> riskyBySegment() { return store.stats(ListStats.RISKY_BY_SEGMENT); }

    /**
     * Saves an edited campaign as a new version and re-checks every recipient; decisions whose
     * message changed go back to pending with a reason. Returns how many went back.
     */
    public long saveCampaign(Campaign edited, Progress progress) {
        CompiledCampaign next = CompiledCampaign.compile(edited);
        Checker checker = checker(next);
        ListStats stats = new ListStats();
        long[] reset = new long[1];
        store.inTransaction(() -> {
            store.addCampaignVersion(Importer.json(edited));
            try (RecipientTable.CheckUpdater updater = store.recipients().checkUpdater()) {
                long[] done = new long[1];
                // the scan walks rowids and the update changes no rowid, so one pass can do both
                store.recipients().forEach(null, stored -> {
                    Recipient recipient = recipientOf(stored);
                    Checker.Result result = checker.check(recipient);
                    stats.add(recipient, result.check());
                    updater.set(stored.id(), result.summary());
                    if (++done[0] % 5000 == 0) {
                        if (Thread.currentThread().isInterrupted()) throw new CancellationException("save cancelled");
                        progress.update(done[0], -1);
                    }
                });
                reset[0] = updater.finish();
            }
            CheckPass.storeListResults(store, checker, stats); // every recipient was just checked
        });
        store.buildIndexes(); // missing when the list had not been checked since its import
        useCampaign(edited);
        return reset[0];
    }

    /**
     * Streams approved, consenting recipients whose message is still exactly the one approved (its
     * hash), with that rendering, in list order. Findings are left empty: export needs none.
     */
    public void forEachApproved(Consumer<RecipientDetail> sink) {
        Checker checker = checker(compiled);
        // rows re-imported but not yet re-checked keep their approval: their consent is checked here
        store.recipients().forEach("status = 1 AND (worst < 0 OR instr(rules, ' consent.missing ') = 0)", stored -> {
            Recipient recipient = recipientOf(stored);
            Rendering rendering;
            if (stored.check().checked()) {
                // export needs the message, not the findings: render only, and send exactly what was approved
                rendering = checker.render(recipient);
            } else {
                Checker.Result result = checker.check(recipient);
                if (!hasConsent(result.summary())) return;
                rendering = result.rendering();
            }
            if (!Checker.messageHash(rendering).equals(stored.decidedHash())) return;
            Decision decision = decisionOf(stored);
            sink.accept(new RecipientDetail(recipient, rendering, List.of(), stored.check().score(), decision, null, headers));
        });
    }

    /** Re-renders and re-checks every recipient with the current rules, reporting all findings. */
    public long checkAll(FindingSink sink) {
        return checkAll(sink, OrderedPipeline.perCore());
    }

    /** One recipient as checked by a worker, on its way to the sink. */
    private record Checked(Recipient recipient, List<com.trustproof.model.Finding> findings) {}

    /**
     * Rows are read on one thread, decoded, rendered and checked on the pipeline's workers (each
     * with a check pass of its own), and reported on the calling thread in list order; the passes
     * are merged at the end for the campaign-wide findings.
     */
    long checkAll(FindingSink sink, OrderedPipeline pipeline) {
        long[] count = new long[1];
        try {
            List<Checker> checkers = pipeline.<Checker, RawRecipient, List<Checked>>run(
                    emit -> store.recipients().forEachRaw(emit),
                    () -> checker(compiled),
                    (checker, batch) -> {
                        List<Checked> checked = new java.util.ArrayList<>(batch.size());
                        for (RawRecipient raw : batch) {
                            Recipient recipient = Importer.recipient(raw.id(), columns, raw.cells());
                            checked.add(new Checked(recipient, checker.check(recipient).check().findings()));
                        }
                        return checked;
                    },
                    (batch, checked) -> {
                        for (Checked one : checked) sink.recipient(one.recipient(), one.findings());
                        count[0] += checked.size();
                    });
            Checker merged = checkers.get(0);
            for (Checker other : checkers.subList(1, checkers.size())) merged.absorb(other);
            sink.campaign(merged.finishCampaign());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return count[0];
    }

    /** Writes the approved sends to {@code out} as CSV, whole or not at all; returns rows written. */
    public long exportApproved(Path out, Progress progress) {
        return exportApproved(out, ExportOptions.DEFAULT, progress);
    }

    public long exportApproved(Path out, ExportOptions options, Progress progress) {
        // reading and rendering on one core, CSV writing on the other
        SendSource sends = sink -> Handoff.<ApprovedSend>runUnchecked(
                emit -> forEachApproved(detail -> emit.accept(send(detail))), batch -> batch.forEach(sink));
        return CsvExport.write(out, sends, options, done -> progress.update(done, -1));
    }

    private static ApprovedSend send(RecipientDetail detail) {
        Recipient recipient = detail.recipient();
        Decision decision = detail.decision();
        return new ApprovedSend(recipient.email(), orEmpty(recipient.firstName()), orEmpty(recipient.lastName()),
                String.join(";", recipient.segments()), detail.rendering().subject().text(),
                detail.rendering().preheader().text(), detail.rendering().body().text(),
                decision.decidedAt() == null ? "" : decision.decidedAt().toString(), orEmpty(decision.note()));
    }

    private static String orEmpty(String text) { return text == null ? "" : text; }

    /** Writes a self-contained HTML review report for a manager; returns its size in bytes. */
    public long exportReport(Path out) {
        ReviewCounts counts = counts();
        List<RejectedSend> rejected = new java.util.ArrayList<>();
        store.recipients().forEach("status = 2", stored -> {
            Recipient recipient = recipientOf(stored);
            rejected.add(new RejectedSend(recipient.email(), recipient.displayName(), orEmpty(stored.note()), orEmpty(stored.decidedAt())));
        });
        List<com.trustproof.model.Finding> templateFindings = campaignFindings().stream().map(CampaignFinding::finding).toList();
        return HtmlReport.write(out, new ReportData("Review report: " + campaign.name(), campaign,
                new DecisionCounts(counts.total(), counts.pending(), counts.approved(), counts.rejected()),
                recipientsByRule(), riskyBySegment(), templateFindings, rejected, Instant.now()));
    }

    /** PRAGMA integrity_check of the file: "ok" when sound. */
    public String integrityCheck() { return store.integrityCheck(); }

    @Override
    public void close() { store.close(); }
}
