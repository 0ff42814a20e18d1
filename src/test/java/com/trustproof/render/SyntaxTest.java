package com.trustproof.render;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static com.trustproof.render.RenderTestSupport.*;
import static org.junit.jupiter.api.Assertions.*;

class SyntaxTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '¦', value = {
            "Hi {{first_name}}!¦Hi Ann!¦Hi !",
            "Hi {{ first_name }}!¦Hi Ann!¦Hi !",
            "Hi {{ first_name | default: \"there\" }}!¦Hi Ann!¦Hi there!",
            "Hi {{first_name|default:'there'}}!¦Hi Ann!¦Hi there!",
            "Hi {{ contact.firstname|default('there') }}!¦Hi Ann!¦Hi there!",
            "Hi {{ first_name|default:'friend' }}!¦Hi Ann!¦Hi friend!",
            "Hi {{ ${first_name} | default: 'there' }}!¦Hi Ann!¦Hi there!",
            "Hi {{${first_name}}}!¦Hi Ann!¦Hi !",
            "Hi {{custom_attribute.${first_name}}}!¦Hi Ann!¦Hi !",
            "Hi {{defaultIfEmpty firstName \"there\"}}!¦Hi Ann!¦Hi there!",
            "Hi *|FNAME|*!¦Hi Ann!¦Hi !",
            "Hi *|TITLE:FNAME|*!¦Hi Ann!¦Hi !",
            "Hi %%FirstName%%!¦Hi Ann!¦Hi !",
            "Hi %%First Name%%!¦Hi Ann!¦Hi !",
            "Hi {contactfield=firstname|there}!¦Hi Ann!¦Hi there!",
            "Hi {leadfield=firstname|there}!¦Hi Ann!¦Hi there!",
            "Hi {{{first_name}}}!¦Hi Ann!¦Hi !",
            "Hi {{ personalization_token('contact.firstname', 'there') }}!¦Hi Ann!¦Hi there!",
            "Hi {{ person|lookup:'First Name'|default:'pal' }}!¦Hi Ann!¦Hi pal!",
            "Hi {{ first_name -}}  !¦Hi Ann!¦Hi !",
            "Hi {{ first_name | default: 'there', allow_false: true }}!¦Hi Ann!¦Hi there!",
            "Hi {{ contact.firstname|default('there', true) }}!¦Hi Ann!¦Hi there!",
            "Hi {contactfield=firstname|\"there\"}!¦Hi Ann!¦Hi there!",
            "Hi {{ first_name | capitalize | default: 'there' }}!¦Hi Ann!¦Hi there!",
            "Hi {% if first_name %}{{first_name}}{% else %}there{% endif %}!¦Hi Ann!¦Hi there!",
            "Hi {% raw %}{% endraw %}{{first_name|default:'there'}}{% comment %}{{x}}{% endcomment %}!¦Hi Ann!¦Hi there!",
            "Hi {{! note }}{{first_name|default:'there'}}!¦Hi Ann!¦Hi there!",
            "Hi %%=AttributeValue(\"FirstName\")=%%!¦Hi Ann!¦Hi !",
            "Hi %%= ProperCase(AttributeValue('First Name')) =%%!¦Hi Ann!¦Hi !",
            "Hi {{#ifEq firstName \"Ann\"}}Ann{{else}}{{defaultIfEmpty firstName \"there\"}}{{/ifEq}}!¦Hi Ann!¦Hi there!",
    })
    void everyDialectReadsTheFieldAndItsFallback(String template, String withName, String withoutName) {
        assertEquals(withName, body(template, "first_name", "Ann"));
        assertEquals(withoutName, body(template, "first_name", "  "));
        assertEquals(withoutName, body(template));
        assertTrue(compileBody(template).problems().isEmpty(), () -> compileBody(template).problems().toString());
    }

    @Test
    void mailchimpCaseFilters() {
        assertEquals("ANN ann Mary-Jane Lee", body("*|UPPER:FNAME|* *|LOWER:FNAME|* *|TITLE:LNAME|*",
                "FNAME", "Ann", "LNAME", "mARY-jane lee"));
    }

    @Test
    void ampscriptLookupsApplyTheirFunctionsAndCodeStaysCode() {
        assertEquals(" Ann|ANN", body("%%=ProperCase(AttributeValue(\"FirstName\"))=%%|%%=Uppercase(Trim(AttributeValue(\"FirstName\")))=%%",
                "first_name", " aNN"));
        CompiledCampaign code = compileBody("Hi %%=v(@name)=%% %%=AttributeValue(@x)=%%");
        assertEquals(2, code.problems().size());
        assertEquals("Hi %%=v(@name)=%% %%=AttributeValue(@x)=%%", code.render(recipient()).body().text());
    }

    @Test
    void liquidFiltersRunInOrderAndApplyToTheFallbackAfterDefault() {
        assertEquals("ANN", body("{{ first_name | upcase | default: 'x' }}", "first_name", "ann"));
        assertEquals("x", body("{{ first_name | upcase | default: 'x' }}"));
        assertEquals("THERE", body("{{ first_name | default: 'there' | upcase }}"));
        assertEquals("Ann", body("{{ first_name | strip | capitalize }}", "first_name", "  aNN "));
    }

    @Test
    void fallbacksKeepEscapedQuotes() {
        assertEquals("say \"hi\"", body("{{ first_name | default: \"say \\\"hi\\\"\" }}"));
        assertEquals("it's you", body("{{ first_name | default: 'it\\'s you' }}"));
        assertEquals("it's", body("{{ first_name | default: \"it's\" }}"));
        assertEquals("a|b }} c", body("{{ first_name | default: \"a|b }} c\" }}"));
    }

    @ParameterizedTest
    @CsvSource({"FNAME", "FirstName", "contact.firstname", "first_name", "subscriber.fname"})
    void aliasesReachTheCanonicalField(String spelling) {
        assertEquals("Ann", body("{{" + spelling + "}}", "first_name", "Ann"));
        TokenInfo token = compileBody("{{" + spelling + "}}").tokens().get(0);
        assertEquals("first_name", token.fieldName());
    }

    @Test
    void emailComesFromTheRecipientWhenNoColumnHoldsIt() {
        var recipient = new com.trustproof.model.Recipient(3, "ann@example.com", java.util.Map.of());
        assertEquals("ann@example.com", compileBody("*|EMAIL|*").render(recipient).body().text());
    }

    @Test
    void whitespaceControlTrimsAroundTags() {
        assertEquals("AAnn  B", body("A  {{- first_name }}  B", "first_name", "Ann"));
        assertEquals("A  AnnB", body("A  {{ first_name -}}  B", "first_name", "Ann"));
        assertEquals("AAnnB", body("A \n{{~ first_name ~}}\n B", "first_name", "Ann"));
        String block = "<p>\n  {%- if first_name -%}\n  Hi {{ first_name }}\n  {%- else -%}\n  Hello\n{%- endif %}</p>";
        assertEquals("<p>Hello</p>", body(block));
        assertEquals("<p>Hi Ann</p>", body(block, "first_name", "Ann"));
        assertEquals("x {{ - }} y", body("x {{ - }} y"));
    }
}
