package com.trustproof.ui;

import com.trustproof.model.MessageField;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplateViewModelTest {
    private final FakeReviewService review = new FakeReviewService(10);

    @Test
    void quickFixAddsALiquidFallbackAndTheFindingGoes() {
        ReviewViewModel vm = new ReviewViewModel(review, Jobs.sameThread(), Debouncer.immediate());
        vm.start();
        TemplateViewModel template = vm.template();
        assertEquals(1, template.findings().size());
        assertTrue(template.canAddFallback(template.findings().get(0)));

        template.addFallback(template.findings().get(0));

        assertEquals("Hi {{ first_name | default: \"there\" }},\nWelcome", template.edited().body());
        assertEquals(0, template.findings().size());
        assertEquals(template.edited(), vm.recipient().draftProperty().get(), "the preview follows the draft");
    }

    @Test
    void onlyTheLastOfABurstOfEditsIsChecked() {
        List<Runnable> waiting = new ArrayList<>();
        TemplateViewModel template = new TemplateViewModel(review, Jobs.sameThread(), waiting::add);
        template.load();
        template.edit(MessageField.BODY, "Hi {{first_name}}, a");
        template.edit(MessageField.BODY, "Hi there");
        waiting.get(waiting.size() - 1).run();
        assertEquals(0, template.findings().size());
    }

    @Test
    void savingMakesTheEditTheNewBase() {
        TemplateViewModel template = new TemplateViewModel(review, Jobs.sameThread(), Debouncer.immediate());
        template.load();
        template.edit(MessageField.SUBJECT, "New subject");
        template.save(() -> {}, message -> { throw new AssertionError(message); });
        assertEquals("New subject", review.campaign.subject());
        assertNull(template.draftProperty().get());
    }
}
