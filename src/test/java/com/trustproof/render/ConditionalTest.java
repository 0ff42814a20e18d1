package com.trustproof.render;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.trustproof.render.RenderTestSupport.*;
import static org.junit.jupiter.api.Assertions.*;

class ConditionalTest {

    @Test
    void mailchimpIfElse() {
        String template = "*|IF:FNAME|*Hi *|FNAME|**|ELSE:|*Hello*|END:IF|*!";
        assertEquals("Hi Ann!", body(template, "FNAME", "Ann"));
        assertEquals("Hello!", body(template, "FNAME", " "));
        assertEquals("Hello!", body(template));
    }

    @Test
    void mailchimpNestedElseIfAndComparisons() {
        String template = "*|IF:CITY=Oslo|*A*|IF:FNAME|*1*|ELSE:|*2*|END:IF|**|ELSEIF:CITY!=Bergen|*B*|ELSE:|*C*|END:IF|*";
        assertEquals("A1", body(template, "CITY", "oslo", "FNAME", "Ann"));
        assertEquals("A2", body(template, "CITY", "Oslo"));
        assertEquals("B", body(template, "CITY", "Paris"));
        assertEquals("C", body(template, "CITY", "Bergen"));
        assertEquals("y", body("*|IF:AGE>=30|*y*|ELSE:|*n*|END:IF|*", "AGE", "30"));
        assertEquals("n", body("*|IF:AGE>=30|*y*|ELSE:|*n*|END:IF|*", "AGE", "x"));
        assertEquals("n", body("*|IFNOT:FNAME|*n*|END:IF|*", "FNAME", ""));
    }

    @Test
    void absurdNestingIsReportedNotOverflowed() {
        String template = "*|IF:FNAME|*".repeat(5000) + "x" + "*|END:IF|*".repeat(5000);
        CompiledCampaign campaign = compileBody(template);
        assertFalse(campaign.problems().isEmpty());
        assertNotNull(campaign.render(recipient("FNAME", "Ann")).body().text());
        String manyJoiners = "{% if a" + " and a".repeat(5000) + " %}x{% endif %}";
        assertNotNull(compileBody(manyJoiners).render(recipient()).body().text());
    }

    @Test
    void mailchimpInterestGroups() {
        String template = "*|INTERESTED:Interests:Trail running,Hiking|*Trails!*|ELSE:|*Gear!*|END:INTERESTED|*";
        assertEquals("Trails!", body(template, "interests", "Cycling;hiking"));
        assertEquals("Gear!", body(template, "interests", "Cycling"));
        assertEquals("Gear!", body(template));
        assertEquals(List.of("interests"), compileBody(template).tokens().stream().map(TokenInfo::fieldName).toList());
    }

    @Test
    void liquidAndHandlebarsConditionals() {
        String liquid = "{% if first_name != blank %}Hi {{first_name}}{% elsif city == 'Oslo' %}Hei{% else %}Hello{% endif %}";
        assertEquals("Hi Ann", body(liquid, "first_name", "Ann"));
        assertEquals("Hei", body(liquid, "city", "Oslo"));
        assertEquals("Hello", body(liquid));
        assertEquals("run", body("{% if interests contains 'running' and first_name %}run{% endif %}",
                "interests", "Running;cycling", "first_name", "A"));
        assertEquals("", body("{% if interests contains 'running' and first_name %}run{% endif %}", "interests", "running"));
        String handlebars = "{{#if firstName}}Hi {{firstName}}{{else}}Hello{{/if}}";
        assertEquals("Hi Ann", body(handlebars, "first_name", "Ann"));
        assertEquals("Hello", body(handlebars));
        assertEquals("x", body("{{#unless firstName}}x{{/unless}}"));
        assertEquals("x", body("{% unless first_name %}x{% endunless %}"));
    }

    @Test
    void pathRecordsBranchesAndTokenSources() {
        CompiledCampaign campaign = compileBody("*|IF:FNAME|*Hi *|FNAME|**|ELSE:|*Hello {{last_name|default:'you'}}*|END:IF|*");
        assertEquals("//1V", campaign.render(recipient("FNAME", "Ann")).path());
        assertEquals("//0F", campaign.render(recipient()).path());
        assertEquals("//0V", campaign.render(recipient("LNAME", "Lee")).path());
        assertEquals(campaign.render(recipient("FNAME", "Bo")).path(), campaign.render(recipient("FNAME", "Ann")).path());
    }

    @Test
    void tokensIncludeConditionsAndTokensInsideBranches() {
        var tokens = compileBody("*|IF:FNAME|*Hi *|FNAME|**|END:IF|*{% if city %}{{ city | default: 'x' }}{% endif %}").tokens();
        assertEquals(4, tokens.size());
        assertEquals("mailchimp-if", tokens.get(0).syntax());
        assertEquals("first_name", tokens.get(0).fieldName());
        assertEquals("mailchimp", tokens.get(1).syntax());
        assertEquals("liquid-if", tokens.get(2).syntax());
        assertEquals("x", tokens.get(3).fallback());
        assertNull(tokens.get(1).fallback());
    }

    @Test
    void explainPathNamesEveryDecision() {
        CompiledCampaign campaign = CompiledCampaign.compile(new com.trustproof.model.Campaign("t", "",
                "{{first_name|default:'Friend'}}", "", "*|IF:CITY|*In *|CITY|**|ELSE:|*Near you*|END:IF|* {{tier}}",
                null, null, null));
        Rendering rendering = campaign.render(recipient("first_name", "Ann"));
        assertEquals("V//0M", rendering.path());
        var steps = campaign.explainPath(rendering.path());
        assertEquals(3, steps.size());
        assertEquals("{{first_name|default:'Friend'}}", steps.get(0).source());
        assertEquals("used the recipient's value", steps.get(0).describe());
        assertEquals("*|IF:CITY|*", steps.get(1).source());
        assertEquals(-1, steps.get(1).branch());
        assertEquals("took the ELSE branch", steps.get(1).describe());
        assertEquals(TokenSpan.Source.MISSING, steps.get(2).tokenSource());
        var inBranch = campaign.explainPath(campaign.render(recipient("city", "Oslo", "tier", "gold")).path());
        assertEquals(List.of("{{first_name|default:'Friend'}}", "*|IF:CITY|*", "*|CITY|*", "{{tier}}"),
                inBranch.stream().map(PathStep::source).toList());
        assertTrue(campaign.explainPath("garbage").size() <= 1);
    }
}
