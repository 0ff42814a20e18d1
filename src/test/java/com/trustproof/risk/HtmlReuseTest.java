package com.trustproof.risk;

import com.trustproof.model.Campaign;
import com.trustproof.model.Format;
import com.trustproof.model.Recipient;
import com.trustproof.render.CompiledCampaign;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reusing one parse per rendering path must give exactly the findings of a fresh parse. */
class HtmlReuseTest {
    private static final RiskEngine ENGINE = RiskEngine.defaults();

    @Test
    void tokensInLinksAndAttributesStillMatchAFreshParse() {
        compare("<html><body><div style=\"display:none\">Hi {{first_name}}</div>"
                + "<h1>Hi {{ first_name | default: \"there\" }}, WE NOTICED YOU!!!</h1>"
                + "<p>{{first_name}} {{last_name}}, we noticed you were looking at {{product}}. Act now.</p>"
                + "<p><a href=\"https://evil.example.net/{{first_name}}\">www.acme.com</a> "
                + "<a href=\"{{unsubscribe_url}}\">Unsubscribe</a></p>"
                + "<img src=\"https://t.example.net/o.gif?u={{email}}\" width=\"1\" height=\"1\"></body></html>", false);
    }

    @Test
    void tokensInTextReuseTheParseAndMatchAFreshOne() {
        compare("<html><head><title>{{first_name}}</title></head><body><div style=\"display:none\">Hi {{first_name}}</div>"
                + "<h1>Hi {{ first_name | default: \"there\" }}, WE NOTICED YOU!!!</h1>"
                + "<p>{{first_name}} {{last_name}}, we <b>noticed</b> you were looking at {{product}}. Act now.</p>"
                + "<p><a href=\"https://evil.example.net/\">www.acme.com</a> <a href=\"{{unsubscribe_url}}\">Unsubscribe</a></p>"
                + "<img src=\"https://t.example.net/o.gif\" width=\"1\" height=\"1\"></body></html>", true);
    }

    private void compare(String body, boolean expectReuse) {
        Campaign campaign = new Campaign("c", "a@acme.example", "Hi {{first_name}}", "", body, Format.HTML, List.of(), List.of());
        CompiledCampaign compiled = CompiledCampaign.compile(campaign);
        Set<String> known = Set.of("email", "first_name", "last_name", "product", "consent");
        LocalDate today = LocalDate.of(2026, 1, 1);
        CampaignCheck shared = ENGINE.begin(compiled, known, today);
        // "Customer" and "Mary Ann" are as long as each other: a parse reused across them must still show each their own name
        String[][] people = {{"Customer", "Berg", "tents"}, {"Mary Ann", "Berg", "tents"}, {"Anna", "Berg", "tents"}, {"JOHN", "O'Neil", "Trail Pro 2"}, {"Zoë", "Müller", "a"},
                {"Li", "X", "rain jackets & more"}, {"Bartholomew-Alexander", "Lopez", "tents"}, {"anna", "berg", "TENTS!!!"}};
        long id = 1;
        for (String[] p : people) {
            Map<String, String> a = new LinkedHashMap<>();
            a.put("email", p[0].toLowerCase() + "@example.com");
            a.put("first_name", p[0]);
            a.put("last_name", p[1]);
            a.put("product", p[2]);
            a.put("consent", "subscribed");
            Recipient r = new Recipient(id++, a.get("email"), a);
            var rendering = compiled.render(r);
            RecipientCheck viaCache = shared.check(r, rendering);
            RecipientCheck fresh = ENGINE.begin(compiled, known, today).check(r, rendering);
            assertEquals(fresh.findings(), viaCache.findings(), "recipient " + p[0]);
            String html = rendering.body().text();
            viaCache.findings().stream().filter(f -> f.field() != null && f.field().name().equals("BODY"))
                    .forEach(f -> assertEquals(f.text(), html.substring(f.start(), f.end()), f.toString()));
        }
        if (expectReuse) assertTrue(shared.htmlReused() >= 3, "reused " + shared.htmlReused());
    }
}
