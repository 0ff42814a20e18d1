package com.trustproof.render;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.trustproof.render.RenderTestSupport.*;
import static org.junit.jupiter.api.Assertions.*;

/** Each broken tag is reported at its exact position, left in the output, and the rest renders. */
class MalformedSyntaxTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', value = {
            // template ¦ reported text ¦ rendered for first_name=Ann, last_name=Lee
            "Hi {{first_name}, dear {{last_name}}.¦{{first_name}¦Hi {{first_name}, dear Lee.",
            "Hi {{first_name and {{last_name}}.¦{{first_name and¦Hi {{first_name and Lee.",
            "Hi *|FNAME|, dear *|LNAME|*.¦*|FNAME|¦Hi *|FNAME|, dear Lee.",
            "Hi FNAME|* dear *|LNAME|*.¦|*¦Hi FNAME|* dear Lee.",
            "Hi {{ first_name | shout }} {{last_name}}.¦shout¦Hi Ann Lee.",
            "Hi *|ELSE:|* {{last_name}}.¦*|ELSE:|*¦Hi *|ELSE:|* Lee.",
            "Hi *|END:IF|* {{last_name}}.¦*|END:IF|*¦Hi *|END:IF|* Lee.",
            "Hi {% endif %} {{last_name}}.¦{% endif %}¦Hi {% endif %} Lee.",
            "Hi {{/if}} {{last_name}}.¦{{/if}}¦Hi {{/if}} Lee.",
            "Hi *|IF:FNAME|*{{last_name}}.¦*|IF:FNAME|*¦Hi *|IF:FNAME|*Lee.",
            "Hi *|IF:CITY|*A*|ELSE:|*B {{last_name}}.¦*|IF:CITY|*¦Hi *|IF:CITY|*A*|ELSE:|*B Lee.",
            "Hi {% if first_name %}{{last_name}}.¦{% if first_name %}¦Hi {% if first_name %}Lee.",
            "*|IF:FNAME|*Hi *|IF:LNAME|*{{last_name}}*|END:IF|*.¦*|IF:FNAME|*¦*|IF:FNAME|*Hi Lee.",
            "Hi {{ }} {{last_name}}.¦{{ }}¦Hi {{ }} Lee.",
            "Hi {{ first name }} {{last_name}}.¦{{ first name }}¦Hi {{ first name }} Lee.",
            "Hi {% assign x = 1 %}{{last_name}}.¦{% assign x = 1 %}¦Hi {% assign x = 1 %}Lee.",
            "Hi %%FirstName% {{last_name}}.¦%%FirstName%¦Hi %%FirstName% Lee.",
            "Hi {contactfield=firstname {{last_name}}.¦{contactfield=firstname¦Hi {contactfield=firstname Lee.",
            "Hi %%[ set @x = 1 ]%% {{last_name}}.¦%%[ set @x = 1 ]%%¦Hi %%[ set @x = 1 ]%% Lee.",
            "Hi {{ first_name | default: there }} {{last_name}}.¦default: there¦Hi Ann Lee.",
            "Hi {{ first_name | default: \"there }} {{last_name}}.¦{{ first_name | default: \"there }¦Hi {{ first_name | default: \"there }} Lee.",
    })
    void brokenSyntaxIsReportedAtItsPositionAndTheRestRenders(String template, String reported, String rendered) {
        CompiledCampaign campaign = compileBody(template);
        assertEquals(1, campaign.problems().size(), () -> campaign.problems().toString());
        TemplateProblem problem = campaign.problems().get(0);
        assertEquals(reported, problem.text());
        assertEquals(template.indexOf(reported), problem.start());
        assertEquals(problem.start() + reported.length(), problem.end());
        assertEquals(template.substring(problem.start(), problem.end()), problem.text());
        assertFalse(problem.message().isBlank());
        assertEquals(rendered, campaign.render(recipient("first_name", "Ann", "last_name", "Lee")).body().text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '¦', value = {"Hi {{first_name}, dear¦first_name", "Hi *|FNAME|, dear¦first_name", "Hi |* x¦"})
    void leftoverSyntaxCarriesAMissingSpan(String template, String field) {
        RenderedText text = compileBody(template).render(recipient("first_name", "Ann")).body();
        TokenSpan span = text.spans().get(0);
        assertEquals(TokenSpan.Source.MISSING, span.source());
        assertEquals(field == null ? "" : field, span.field());
        assertEquals(text.text().substring(span.start(), span.end()), template.substring(span.sourceStart(), span.sourceEnd()));
    }
}
