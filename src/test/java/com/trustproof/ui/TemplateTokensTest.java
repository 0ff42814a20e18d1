package com.trustproof.ui;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TemplateTokensTest {
    @Test
    void findsEverySyntax() {
        String text = "{{a}} *|FNAME|* %%FirstName%% {contactfield=firstname} plain";
        assertEquals(4, TemplateTokens.find(text).size());
    }

    @Test
    void fallbacksInEachDialect() {
        assertEquals(Optional.of("{{ first_name | default: \"there\" }}"), TemplateTokens.withFallback("{{first_name}}", "there"));
        assertEquals(Optional.of("{{ contact.firstname|default('there') }}"), TemplateTokens.withFallback("{{ contact.firstname }}", "there"));
        assertEquals(Optional.of("{contactfield=firstname|there}"), TemplateTokens.withFallback("{contactfield=firstname}", "there"));
        assertEquals(Optional.of("*|IF:FNAME|**|FNAME|**|ELSE:|*there*|END:IF|*"), TemplateTokens.withFallback("*|FNAME|*", "there"));
        assertEquals(Optional.empty(), TemplateTokens.withFallback("%%FirstName%%", "there"));
        assertEquals(Optional.empty(), TemplateTokens.withFallback("{{ name | default: \"x\" }}", "there"));
    }
}
