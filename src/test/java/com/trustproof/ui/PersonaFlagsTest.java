package com.trustproof.ui;

import com.trustproof.app.RecipientDetail;
import com.trustproof.model.Assumption;
import com.trustproof.model.Campaign;
import com.trustproof.model.Finding;
import com.trustproof.model.Format;
import com.trustproof.model.MessageField;
import com.trustproof.model.Recipient;
import com.trustproof.model.Severity;
import com.trustproof.render.RenderedText;
import com.trustproof.render.Rendering;
import com.trustproof.render.TokenSpan;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PersonaFlagsTest {
    private final Map<String, String> attributes = new LinkedHashMap<>(Map.of(
            "email", "maria.lopez@example.com", "first_name", "John", "consent", "unsubscribed", "interests", "yoga;cooking"));
    private final Recipient recipient = new Recipient(7, "maria.lopez@example.com", attributes);
    private final RenderedText body = new RenderedText("Hi John, as a fellow runner",
            List.of(new TokenSpan(3, 7, 3, 17, "first_name", TokenSpan.Source.VALUE)));
    private final Campaign campaign = new Campaign("c", "f", "", "", "Hi {{first_name}}", Format.TEXT, List.of(),
            List.of(new Assumption("interests", Assumption.Match.CONTAINS, List.of("running"), "fellow runner")));

    private RecipientDetail detail(List<Finding> findings) {
        RenderedText empty = new RenderedText("", List.of());
        return new RecipientDetail(recipient, new Rendering(empty, empty, body, "p"), findings, 0, null, null, Map.of());
    }

    @Test
    void marksTheAttributesTheMessageUses() {
        assertEquals(Set.of("first_name"), PersonaFlags.used(detail(List.of()), null));
    }

    @Test
    void marksTheAttributesTheCopyAssumesThingsAbout() {
        assertEquals(Set.of("first_name", "interests"), PersonaFlags.used(detail(List.of()), campaign));
    }

    @Test
    void blamesTheAttributesBehindFindingsAndFailedAssumptions() {
        List<Finding> findings = List.of(
                new Finding("consent.missing", Severity.HIGH, 1, null, 0, 0, "", "no consent", null),
                new Finding("value.name-mismatch", Severity.MEDIUM, 0.8, MessageField.BODY, 3, 7, "John", "mismatch", null));
        assertEquals(Set.of("consent", "first_name", "email", "interests"), PersonaFlags.contradicted(detail(findings), campaign));
    }
}
