package com.trustproof.ui;

import com.trustproof.model.Campaign;
import com.trustproof.model.Finding;
import com.trustproof.model.MessageField;
import com.trustproof.risk.CampaignFinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;

/**
 * The template editor: the edited campaign, its campaign-wide findings (re-checked in the
 * background after a typing pause; stale results dropped) and saving it as a new version.
 */
public final class TemplateViewModel {
    public static final String NO_FALLBACK = "token.no-fallback";

    private final ReviewService review;
    private final Jobs jobs;
    private final Debouncer recheckDelay;
    private final Generation checks = new Generation();
    private final ReadOnlyObjectWrapper<Campaign> saved = new ReadOnlyObjectWrapper<>(this, "saved");
    private final ReadOnlyObjectWrapper<Campaign> edited = new ReadOnlyObjectWrapper<>(this, "edited");
    private final ReadOnlyObjectWrapper<Campaign> draft = new ReadOnlyObjectWrapper<>(this, "draft");
    private final ObservableList<CampaignFinding> findings = FXCollections.observableArrayList();
    // one wrapper for everyone: wrappers listen weakly, so a throw-away one would lose its listeners
    private final ObservableList<CampaignFinding> readOnlyFindings = FXCollections.unmodifiableObservableList(findings);
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyDoubleWrapper saveProgress = new ReadOnlyDoubleWrapper(this, "saveProgress");
    private Runnable onSaved = () -> {};

    public TemplateViewModel(ReviewService review, Jobs jobs, Debouncer recheckDelay) {
        this.review = review;
        this.jobs = jobs;
        this.recheckDelay = recheckDelay;
    }

    /** The campaign as it is in the editor (saved or not). */
    public ReadOnlyObjectProperty<Campaign> editedProperty() { return edited.getReadOnlyProperty(); }
    /** The edited campaign when it differs from the saved one, else null (the preview follows it). */
    public ReadOnlyObjectProperty<Campaign> draftProperty() { return draft.getReadOnlyProperty(); }
    public ObservableList<CampaignFinding> findings() { return readOnlyFindings; }
    public ReadOnlyBooleanProperty checkingProperty() { return checking.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty saveProgressProperty() { return saveProgress.getReadOnlyProperty(); }
    public Campaign edited() { return edited.get(); }

    void setOnSaved(Runnable onSaved) { this.onSaved = onSaved; }

    private record Loaded(Campaign campaign, List<CampaignFinding> findings) {}

    public void load() {
        long ticket = checks.next();
        jobs.submit(() -> new Loaded(review.campaign(), review.campaignFindings()), loaded -> {
            saved.set(loaded.campaign());
            edited.set(loaded.campaign());
            draft.set(null);
            if (checks.isCurrent(ticket)) findings.setAll(loaded.findings());
        });
    }

    /** The editor changed a field's text. */
    public void edit(MessageField field, String text) {
        Campaign current = edited.get();
        if (current == null || current.template(field).equals(text)) return;
        Campaign changed = current.withTemplate(field, text);
        edited.set(changed);
        draft.set(Objects.equals(changed, saved.get()) ? null : changed);
        recheckDelay.request(this::recheck);
    }

    public void recheck() {
        Campaign toCheck = edited.get();
        if (toCheck == null) return;
        long ticket = checks.next();
        checking.set(true);
        jobs.submit(() -> review.checkTemplate(toCheck), result -> {
            if (!checks.isCurrent(ticket)) return;
            checking.set(false);
            findings.setAll(result);
        }, error -> {
            if (checks.isCurrent(ticket)) checking.set(false);
        });
    }

    /** True when the quick fix can add a fallback to the finding's token. */
    public boolean canAddFallback(CampaignFinding cf) {
        return fixedTemplate(cf) != null;
    }

    /** Quick fix for token.no-fallback: gives the token a fallback and re-checks. */
    public boolean addFallback(CampaignFinding cf) {
        String fixed = fixedTemplate(cf);
        if (fixed == null) return false;
        edit(cf.finding().field(), fixed);
        return true;
    }

    private String fixedTemplate(CampaignFinding cf) {
        Finding f = cf.finding();
        Campaign current = edited.get();
        if (current == null || f.field() == null || !NO_FALLBACK.equals(f.rule())) return null;
        String template = current.template(f.field());
        return TemplateTokens.addFallback(template, f.start(), f.end(), TemplateTokens.DEFAULT_FALLBACK).orElse(null);
    }

    /** Saves the edited campaign as a new version; the whole review is re-read afterwards. */
    public void save(Runnable whenSaved, java.util.function.Consumer<String> whenFailed) {
        Campaign toSave = edited.get();
        if (toSave == null || draft.get() == null || saving.get()) return;
        saving.set(true);
        saveProgress.set(-1);
        jobs.submit(() -> {
            review.saveCampaign(toSave, jobs.progressOnUi(saveProgress::set));
            return review.campaignFindings();
        }, fresh -> {
            saving.set(false);
            saved.set(toSave);
            if (Objects.equals(edited.get(), toSave)) draft.set(null);
            findings.setAll(fresh);
            onSaved.run();
            whenSaved.run();
        }, error -> {
            saving.set(false);
            whenFailed.accept(ReviewViewModel.describe(error));
        });
    }
}
