package com.trustproof.risk;

import com.trustproof.model.Assumption;
import com.trustproof.model.Campaign;
import com.trustproof.model.FieldNames;
import com.trustproof.model.Finding;
import com.trustproof.model.Format;
import com.trustproof.model.Recipient;
import com.trustproof.model.Severity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Precision: clean, well-written messages to matching personas get no high or medium finding. */
class PrecisionTest {
    private static final RiskEngine ENGINE = RiskEngine.defaults();

    private static Recipient persona(String... keyValues) {
        Map<String, String> attributes = new LinkedHashMap<>();
        ExampleRun.typicalPersona().forEach((k, v) -> attributes.put(FieldNames.canonical(k), v));
        attributes.put("segment", "newsletter;trail-runners");
        for (int i = 0; i + 1 < keyValues.length; i += 2) attributes.put(FieldNames.canonical(keyValues[i]), keyValues[i + 1]);
        return new Recipient(7, attributes.get("email"), attributes);
    }

    private static void assertNoHighOrMedium(Campaign campaign, Recipient recipient) {
        Set<String> known = new LinkedHashSet<>(recipient.attributes().keySet());
        ExampleRun run = ExampleRun.run(ENGINE, campaign, List.of(recipient), known, LocalDate.of(2026, 1, 1));
        List<Finding> serious = run.all().stream().filter(f -> f.severity().atLeast(Severity.MEDIUM)).toList();
        assertTrue(serious.isEmpty(), "unexpected findings: " + serious);
    }

    private static Campaign text(String subject, String body) {
        return new Campaign("c", "Acme <hello@acme.example>", subject, "New grip, same love for the outdoors", body,
                Format.TEXT, List.of(), List.of());
    }

    @Test
    void ordinaryCopyWithNamePricesAndUrls() {
        assertNoHighOrMedium(text("{{ first_name | default: \"Friend\" }}, your spring picks are here",
                "Hi {{first_name}},\n\nOur new trail shoes are in: the Trail Pro 2 costs $129.99 (was $149). "
                        + "See them at https://shop.acme.com/trail-pro-2?utm_source=email&utm_medium=newsletter.\n\n"
                        + "Free shipping on orders over $50, and returns are free for 30 days. NEW: a waterproof version.\n"
                        + "Questions? Just reply to this email or read our FAQ.\n\nCheers,\nThe Acme team"),
                persona());
    }

    @Test
    void literalGreeting() {
        assertNoHighOrMedium(text("Your order has shipped", "Hi Anna,\n\nyour order #10482 is on its way. Track it here: "
                + "https://acme.com/track/10482\n\nThanks for shopping with us!"), persona());
    }

    @Test
    void declaredAndSpokenAssumptionThatHolds() {
        Campaign campaign = new Campaign("Spring trail launch", "Acme <hello@acme.example>",
                "{{ first_name | default: \"Friend\" }}, your next trail starts here", "New grip, same love for the outdoors",
                "Hi {{first_name}},\n\nAs a fellow trail runner, you know how much grip matters on wet rock. "
                        + "Your dog will love the trails too.", Format.TEXT, List.of("trail-runners"),
                List.of(new Assumption("interests", Assumption.Match.CONTAINS, List.of("running"), "opening line: 'As a fellow trail runner'")));
        assertNoHighOrMedium(campaign, persona("interests", "trail running;hiking", "pets", "dog"));
    }

    @Test
    void mailchimpConditionalGreeting() {
        Campaign campaign = text("*|IF:FNAME|**|FNAME|*, spring is here*|ELSE:|*Spring is here*|END:IF|*",
                "*|IF:FNAME|*Hi *|FNAME|*,*|ELSE:|*Hello,*|END:IF|*\n\nOur spring range is in stores now.");
        assertNoHighOrMedium(campaign, persona());
        assertNoHighOrMedium(campaign, persona("first_name", ""));
    }

    @Test
    void normalHtmlNewsletter() {
        String body = """
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"><title>Acme spring</title>
                <style>body { font-family: Arial, sans-serif; } .cta { color: #fff; }</style></head>
                <body>
                <div style="display:none;max-height:0;overflow:hidden">New grip, same love for the outdoors</div>
                <table role="presentation" width="600"><tr><td>
                  <img src="https://cdn.acme.com/img/logo.png" width="120" height="40" alt="Acme">
                  <h1>Hi {{ first_name | default: "there" }},</h1>
                  <p>Our new trail shoes are in. The <b>Trail Pro 2</b> costs $129.99 &amp; ships free.</p>
                  <p><a class="cta" href="https://shop.acme.com/trail-pro-2?utm_source=email">Shop the Trail Pro 2</a></p>
                  <img src="https://cdn.acme.com/img/hero.jpg" width="600" height="300" alt="Trail Pro 2 on wet rock">
                  <p>Visit us at <a href="https://www.acme.com/stores">www.acme.com</a> or write to
                     <a href="mailto:hello@acme.com">hello@acme.com</a>.</p>
                  <p style="font-size:12px">You get this email because you subscribed at acme.com.
                     <a href="{{unsubscribe_url}}">Unsubscribe</a> &middot; <a href="https://acme.com/privacy">Privacy</a></p>
                </td></tr></table>
                </body></html>
                """;
        Campaign campaign = new Campaign("html", "Acme <hello@acme.example>", "{{first_name}}, spring is here", "",
                body, Format.HTML, List.of(), List.of());
        assertNoHighOrMedium(campaign, persona());
        assertNoHighOrMedium(campaign, persona("first_name", "Zoë", "email", "zoe.mueller@example.com", "last_name", "Müller"));
    }

    @Test
    void typicalPromotionalCopy() {
        String[] bodies = {
                "Hi {{first_name}},\n\nSpring is here, and so is our biggest sale of the season: save 30% on jackets, "
                        + "tents and trail shoes until Sunday at midnight. Shop now at https://acme.com/sale.\n\n"
                        + "Satisfaction guaranteed, free returns within 30 days.\n\nSee you outside,\nMaria from Acme",
                "Hello {{ first_name | default: \"there\" }},\n\nThanks for your order #4821! Your parcel is on its way "
                        + "with DHL and should arrive on Tuesday. Questions? Call us at +44 20 7946 0958 (Mon-Fri, 9am-5pm).",
                "Dear {{first_name}} {{last_name}},\n\nyour membership renews on 1 March. Nothing to do: we'll charge the "
                        + "card ending 4242. Manage your membership at https://acme.com/account or reply to this email.",
                "Hi {{first_name}}, new in: the Trail Pro 2 (EUR 129) and the Summit 40L pack. Read the review on our blog, "
                        + "or visit a store near you. Happy trails!"};
        for (String body : bodies) {
            assertNoHighOrMedium(text("New arrivals for you, {{ first_name | default: \"friend\" }}", body), persona());
        }
    }

    @Test
    void cleanRecipientScoresZero() {
        Recipient anna = persona();
        ExampleRun run = ExampleRun.run(ENGINE, text("Spring picks for you", "Hi {{first_name}}, our spring range is here."),
                List.of(anna), anna.attributes().keySet(), LocalDate.of(2026, 1, 1));
        assertEquals(0, run.checks.get(0).score(), run.all().toString());
    }
}
