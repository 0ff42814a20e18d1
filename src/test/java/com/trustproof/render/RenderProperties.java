package com.trustproof.render;

import com.trustproof.model.Campaign;
import com.trustproof.model.Format;
import com.trustproof.model.Recipient;
import net.jqwik.api.*;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever the template and the values, rendering is total and its spans are sound. */
class RenderProperties {

    @Property(tries = 2000)
    void renderingNeverThrowsAndSpansAreSound(@ForAll("templates") String template, @ForAll("values") String value,
                                              @ForAll boolean html) {
        CompiledCampaign campaign = CompiledCampaign.compile(
                new Campaign("p", "", template, template, template, html ? Format.HTML : Format.TEXT, null, null));
        Recipient recipient = new Recipient(1, "a@b.c", Map.of("first_name", value, "last_name", value, "city", ""));
        Rendering rendering = campaign.render(recipient);
        assertSpansSound(rendering.subject(), template, value, false);
        assertSpansSound(rendering.preheader(), template, value, false);
        assertSpansSound(rendering.body(), template, value, html);
        String marks = rendering.path().replace(String.valueOf(CompiledCampaign.PATH_FIELD_SEPARATOR), "");
        assertTrue(campaign.explainPath(rendering.path()).size() == marks.length(), rendering::path);
        for (TemplateProblem problem : campaign.problems()) {
            assertTrue(template.substring(problem.start(), problem.end()).equals(problem.text()));
        }
        for (TokenInfo token : campaign.tokens()) {
            assertTrue(template.substring(token.start(), token.end()).equals(token.source()));
        }
    }

    @Property(tries = 1000)
    void textWithoutTokenSyntaxRendersToItself(@ForAll("plainText") String text, @ForAll boolean html) {
        CompiledCampaign campaign = CompiledCampaign.compile(
                new Campaign("p", "", text, "", text, html ? Format.HTML : Format.TEXT, null, null));
        Rendering rendering = campaign.render(new Recipient(1, "a@b.c", Map.of()));
        assertTrue(rendering.body().text().equals(text));
        assertTrue(rendering.body().spans().isEmpty());
        assertTrue(campaign.problems().isEmpty());
    }

    @Property(tries = 500)
    void equalPathsMeanSameRouteWithOtherValues(@ForAll("templates") String template,
                                                @ForAll("values") String first, @ForAll("values") String second) {
        CompiledCampaign campaign = CompiledCampaign.compile(new Campaign("p", "", "", "", template, Format.TEXT, null, null));
        Rendering a = campaign.render(new Recipient(1, "a@b.c", Map.of("first_name", first)));
        Rendering b = campaign.render(new Recipient(2, "a@b.c", Map.of("first_name", second)));
        if (a.path().equals(b.path())) {
            assertTrue(a.body().spans().size() == b.body().spans().size());
            for (int i = 0; i < a.body().spans().size(); i++) {
                assertTrue(a.body().spans().get(i).source() == b.body().spans().get(i).source());
                assertTrue(a.body().spans().get(i).sourceStart() == b.body().spans().get(i).sourceStart());
            }
        }
    }

    private static void assertSpansSound(RenderedText text, String template, String value, boolean html) {
        int previousEnd = 0;
        for (TokenSpan span : text.spans()) {
            assertTrue(span.start() >= previousEnd && span.start() <= span.end() && span.end() <= text.text().length(),
                    () -> span + " in " + text.text().length());
            assertTrue(span.sourceStart() >= 0 && span.sourceStart() <= span.sourceEnd() && span.sourceEnd() <= template.length());
            // a value span carries the very text it covers: the checks read it instead of the rendering
            assertTrue(span.source() == TokenSpan.Source.VALUE
                    ? text.text().substring(span.start(), span.end()).equals(span.value()) : span.value() == null, span::toString);
            if (span.source() == TokenSpan.Source.VALUE && span.field().equals("first_name")) {
                String covered = text.text().substring(span.start(), span.end());
                assertTrue(covered.equals(html ? HtmlEscaper.escape(value) : value) || isFiltered(template, span),
                        () -> covered + " vs " + value);
            }
            previousEnd = span.end();
        }
    }

    /** A filtered token (upcase, TITLE:, ProperCase) shows the value changed, so it is not compared verbatim. */
    private static boolean isFiltered(String template, TokenSpan span) {
        String source = template.substring(span.sourceStart(), span.sourceEnd()).toLowerCase(java.util.Locale.ROOT);
        for (String filter : List.of("upcase", "downcase", "capitalize", "title", "upper", "lower", "strip", "trim", "propercase")) {
            if (source.contains(filter)) return true;
        }
        return false;
    }

    @Provide
    Arbitrary<String> templates() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("{{", "}}", "{%", "%}", "*|", "|*", "%%", "|", "*", "%", "{", "}", ":", "'", "\"", "\\",
                        "$", "=", "!", "<", ">", "&", " ", "\n", "if", "else", "endif", "IF:", "ELSE:", "END:IF", "#if",
                        "/if", "first_name", "FNAME", "city", "default", "upcase", "{contactfield=", "${", "%%=AttributeValue(",
                        "ProperCase(", "#ifEq ", "/ifEq", "INTERESTED:", "-", "~", "UNSUB", "{{-", "-}}"),
                Arbitraries.of("{{first_name}}", "{{ first_name | default: \"a\\\"b\" }}", "*|FNAME|*", "*|TITLE:FNAME|*",
                        "*|IF:FNAME|*", "*|ELSE:|*", "*|END:IF|*", "{% if city %}", "{% else %}", "{% endif %}",
                        "{{#if first_name}}", "{{else}}", "{{/if}}", "%%FirstName%%", "{contactfield=firstname|x}",
                        "{{ ${first_name} | default: 'y' }}", "{{defaultIfEmpty firstName \"z\"}}"),
                Arbitraries.strings().ofMaxLength(6));
        return pieces.list().ofMaxSize(14).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(12),
                Arbitraries.of("", " ", "Ann", "{{last_name}}", "*|LNAME|*", "<b>&\"'", "%%x%%"));
    }

    @Provide
    Arbitrary<String> plainText() {
        return Arbitraries.strings().withChars("abc XYZ<>&\"'\n\t.,;()[]$#@!?-_=+|*%{}")
                .ofMaxLength(60)
                .filter(text -> !text.contains("{{") && !text.contains("{%") && !text.contains("*|")
                        && !text.contains("|*") && !text.contains("%%") && !text.toLowerCase().contains("{contactfield="));
    }
}
