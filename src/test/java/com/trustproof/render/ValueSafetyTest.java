package com.trustproof.render;

import com.trustproof.model.Format;
import org.junit.jupiter.api.Test;

import static com.trustproof.render.RenderTestSupport.*;
import static org.junit.jupiter.api.Assertions.*;

class ValueSafetyTest {

    @Test
    void valuesAreNeverRenderedAgain() {
        assertEquals("Hi {{last_name}} *|LNAME|* %%LastName%%!",
                body("Hi {{first_name}}!", "first_name", "{{last_name}} *|LNAME|* %%LastName%%", "last_name", "Lee"));
        assertEquals("Hi {% if x %}", body("Hi {{first_name}}", "first_name", "{% if x %}"));
        assertTrue(compileBody("Hi {{first_name}}!").problems().isEmpty());
    }

    @Test
    void htmlCampaignsEscapeValuesAndFallbacks() {
        assertEquals("<p>Hi &lt;b&gt;Ann&amp;Co&quot;&#39;&lt;/b&gt;</p>",
                htmlBody("<p>Hi {{first_name}}</p>", "first_name", "<b>Ann&Co\"'</b>"));
        assertEquals("<p>Hi &lt;friend&gt; &amp; co</p>", htmlBody("<p>Hi {{ first_name | default: '<friend> & co' }}</p>"));
        assertEquals("Hi <b>Ann</b>", body("Hi {{first_name}}", "first_name", "<b>Ann</b>"));
    }

    @Test
    void valueSpansCoverTheEscapedValue() {
        RenderedText text = compileBody("<p>{{first_name}} {{last_name|default:'x'}} {{city}}</p>", Format.HTML)
                .render(recipient("first_name", "A&B")).body();
        assertEquals("<p>A&amp;B x </p>", text.text());
        assertEquals(3, text.spans().size());
        TokenSpan value = text.spans().get(0), fallback = text.spans().get(1), missing = text.spans().get(2);
        assertEquals("A&amp;B", text.text().substring(value.start(), value.end()));
        assertEquals(TokenSpan.Source.VALUE, value.source());
        assertEquals("{{first_name}}", "<p>{{first_name}} {{last_name|default:'x'}} {{city}}</p>".substring(value.sourceStart(), value.sourceEnd()));
        assertEquals(TokenSpan.Source.FALLBACK, fallback.source());
        assertEquals("last_name", fallback.field());
        assertEquals("x", text.text().substring(fallback.start(), fallback.end()));
        assertEquals(TokenSpan.Source.MISSING, missing.source());
        assertEquals(missing.start(), missing.end());
    }

    @Test
    void blankValuesCountAsMissing() {
        assertEquals("Hi there", body("Hi {{ first_name | default: 'there' }}", "first_name", " \t\n"));
        assertEquals("no", body("*|IF:FNAME|*yes*|ELSE:|*no*|END:IF|*", "FNAME", "   "));
        assertEquals("Hi  Ann ", body("Hi {{first_name}}", "first_name", " Ann "));
    }

    @Test
    void constantFieldsNeedNoTokens() {
        Rendering rendering = compileBody("plain").render(recipient());
        assertEquals("", rendering.subject().text());
        assertEquals("plain", rendering.body().text());
        assertEquals("//", rendering.path());
    }

    @Test
    void subjectAndPreheaderStayPlainTextInHtmlCampaigns() {
        var campaign = com.trustproof.render.CompiledCampaign.compile(new com.trustproof.model.Campaign("t", "",
                "For {{first_name}}", "{{ last_name | default: 'A & B' }}", "<p>{{first_name}}</p>", Format.HTML, null, null));
        Rendering rendering = campaign.render(recipient("first_name", "Tom & Jerry"));
        assertEquals("For Tom & Jerry", rendering.subject().text());
        assertEquals("A & B", rendering.preheader().text());
        assertEquals("<p>Tom &amp; Jerry</p>", rendering.body().text());
    }
}
