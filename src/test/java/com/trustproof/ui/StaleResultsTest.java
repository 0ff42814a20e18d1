package com.trustproof.ui;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Background results that arrive after a newer request was made are dropped. */
class StaleResultsTest {
    /** Holds submitted work until the test runs it, in whatever order the test likes. */
    private final List<Runnable> queued = new ArrayList<>();
    private final Jobs jobs = new Jobs(queued::add, Runnable::run);
    private final FakeReviewService review = new FakeReviewService(20);

    @Test
    void aSlowDetailDoesNotOverwriteTheRecipientShownNow() {
        RecipientDetailViewModel detail = new RecipientDetailViewModel(review, jobs);
        detail.show(1);
        detail.show(2);
        queued.get(1).run(); // recipient 2 answers first
        queued.get(0).run(); // then the stale answer for recipient 1
        assertEquals(2, detail.detail().recipient().id());
    }

    @Test
    void anOldTemplateCheckDoesNotReplaceANewerOne() {
        TemplateViewModel template = new TemplateViewModel(review, jobs, Debouncer.immediate());
        template.load();
        queued.remove(0).run();
        assertEquals(1, template.findings().size());
        template.edit(com.trustproof.model.MessageField.BODY, "Hi there"); // check #1: clean
        template.edit(com.trustproof.model.MessageField.BODY, "Hi {{first_name}} again"); // check #2: finding
        queued.get(1).run();
        queued.get(0).run();
        assertEquals(1, template.findings().size(), "the newest text has the finding");
    }

    @Test
    void aListCountForAnOldFilterIsIgnored() {
        RecipientListViewModel list = new RecipientListViewModel(review, jobs);
        list.showOnlyHigh();
        list.clearFilters();
        queued.get(1).run();
        queued.get(0).run();
        assertEquals(20, list.rows().size());
    }
}
