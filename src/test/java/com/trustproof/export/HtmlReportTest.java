package com.trustproof.export;

import com.trustproof.model.Campaign;
import com.trustproof.model.Finding;
import com.trustproof.model.Format;
import com.trustproof.model.MessageField;
import com.trustproof.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlReportTest {
    @TempDir Path dir;

    static ReportData data(Iterable<RejectedSend> rejected) {
        Campaign campaign = new Campaign("Spring <b>trail</b> launch", "Acme <hello@acme.example>",
                "{{ first_name | default: \"Friend\" }}, your next trail", "New grip & love",
                "Hi {{first_name}},\n<img src=\"http://tracker.example/p.gif\">", Format.HTML,
                List.of("trail-runners"), List.of());
        Map<String, Long> byRule = new LinkedHashMap<>();
        byRule.put("token.no-fallback", 312L);
        byRule.put("spam.trigger", 1_204L);
        Map<String, Long> bySegment = Map.of("trail-runners", 980L, "<script>seg</script>", 7L);
        List<Finding> findings = List.of(new Finding("html.tracking-pixel", Severity.MEDIUM, 0.9, MessageField.BODY,
                0, 5, "<img>", "A remote image <1x1> tracks opens", "Remove it"));
        return new ReportData("Review: Spring", campaign, new DecisionCounts(12_345, 2_000, 10_000, 345),
                byRule, bySegment, findings, rejected, Instant.parse("2026-11-29T16:00:00Z"));
    }

    static String render(ReportData data) throws IOException {
        StringWriter out = new StringWriter();
        HtmlReport.write(out, data);
        return out.toString();
    }

    @Test
    void escapesScriptInNoteAndEveryOtherUserValue() throws IOException {
        String html = render(data(List.of(new RejectedSend("x@y.example", "Eve \"E\" O'Neil",
                "<script>alert('pwned')</script> & more", "2026-11-29T10:00:00Z"))));
        assertFalse(html.toLowerCase().contains("<script"), "no script element at all");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt; &amp; more"));
        assertTrue(html.contains("Eve &quot;E&quot; O&#39;Neil"));
        assertTrue(html.contains("Spring &lt;b&gt;trail&lt;/b&gt; launch"));
        assertTrue(html.contains("Acme &lt;hello@acme.example&gt;"));
        assertTrue(html.contains("&lt;img src=&quot;http://tracker.example/p.gif&quot;&gt;"));
        assertTrue(html.contains("&lt;script&gt;seg&lt;/script&gt;"), "segment names are escaped, in the chart too");
        assertFalse(html.contains("<img"));
        assertFalse(html.contains("<b>"));
    }

    @Test
    void containsCountsChartsAndFindings() throws IOException {
        String html = render(data(List.of()));
        for (String count : List.of("12,345", "2,000", "10,000", "345", "1,204", "312", "980")) {
            assertTrue(html.contains(">" + count + "<"), count);
        }
        assertTrue(html.contains("Pending") && html.contains("Approved") && html.contains("Rejected"));
        assertEquals(2, count(html, "<svg "), "one chart by rule, one by segment");
        assertTrue(html.contains("html.tracking-pixel") && html.contains("medium")
                && html.contains("A remote image &lt;1x1&gt; tracks opens"));
        assertTrue(html.contains("No recipient was rejected."));
        assertTrue(html.indexOf("spam.trigger") < html.indexOf("token.no-fallback"), "largest first");
    }

    @Test
    void isSelfContained() throws IOException {
        String html = render(data(List.of(new RejectedSend("a@b.example", "A", "n", "t"))));
        assertFalse(Pattern.compile("<(link|script|iframe|img|object)\\b", Pattern.CASE_INSENSITIVE).matcher(html).find());
        assertFalse(Pattern.compile("(src|href)\\s*=\\s*[\"']", Pattern.CASE_INSENSITIVE).matcher(html).find());
        assertFalse(html.contains("url("));
        assertTrue(html.contains("<style>") && html.startsWith("<!DOCTYPE html>"));
    }

    @Test
    void streamsManyRejectedRecipientsToFile() throws IOException {
        Iterable<RejectedSend> many = () -> java.util.stream.LongStream.range(0, 10_000)
                .mapToObj(i -> new RejectedSend("r" + i + "@x.example", "R " + i, "wrong name", "t")).iterator();
        Path out = dir.resolve("report.html");
        assertEquals(10_000, HtmlReport.write(out, data(many)));
        String html = Files.readString(out);
        assertTrue(html.contains("r9999@x.example") && html.endsWith("</html>\n"));
        assertEquals(List.of(), ExportFixtures.leftovers(dir));
    }

    @Test
    void unwritableTargetFailsAndLeavesNothing() throws IOException {
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        ExportException e = assertThrows(ExportException.class,
                () -> HtmlReport.write(file.resolve("report.html"), data(List.of())));
        assertTrue(e.getMessage().contains(file.resolve("report.html").toString()));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void emptyBreakdownsSayNone() throws IOException {
        Campaign campaign = new Campaign("C", null, null, null, null, null, null, null);
        String html = render(new ReportData(null, campaign, new DecisionCounts(0, 0, 0, 0),
                null, null, null, null, Instant.EPOCH));
        assertTrue(html.contains("<title>Review report</title>"));
        assertTrue(html.contains("No campaign-wide findings."));
        assertEquals(0, count(html, "<svg "));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) n++;
        return n;
    }
}
