package com.trustproof.render;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.trustproof.render.RenderTestSupport.*;
import static org.junit.jupiter.api.Assertions.*;

class SmallPartsTest {

    @Test
    void escaperHandlesTheFiveCharactersAndLeavesTheRest() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt; é😀", HtmlEscaper.escape("<a href=\"x\">Tom & Jerry's</a> é😀"));
        assertEquals("", HtmlEscaper.escape(""));
    }

    @Test
    void textFilters() {
        assertEquals("Mary-Jane O'neil", TextFilter.TITLE.apply("mARY-jane o'NEIL"));
        assertEquals("Ann", TextFilter.CAPITALIZE.apply("aNN"));
        assertEquals("ANN", TextFilter.CAPFIRST.apply("aNN"));
        assertEquals("", TextFilter.CAPITALIZE.apply(""));
        assertEquals(TextFilter.UPPER, TextFilter.byName("upcase"));
        assertEquals(TextFilter.STRIP, TextFilter.byName("TRIM"));
        assertNull(TextFilter.byName("truncate"));
    }

    @Test
    void renderingFromManyThreadsGivesTheSameResults() throws Exception {
        CompiledCampaign campaign = compileBody("*|IF:FNAME|*Hi {{first_name|upcase}}*|ELSE:|*Hello {{ city | default: 'there' }}*|END:IF|*!");
        List<com.trustproof.model.Recipient> recipients = new ArrayList<>();
        for (int i = 0; i < 200; i++) recipients.add(recipient("first_name", i % 3 == 0 ? "" : "n" + i, "city", i % 2 == 0 ? "Oslo" : ""));
        List<Rendering> expected = recipients.stream().map(campaign::render).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Rendering>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) results.add(pool.submit(() -> recipients.stream().map(campaign::render).toList()));
            for (Future<List<Rendering>> result : results) assertEquals(expected, result.get());
        } finally {
            pool.shutdown();
        }
    }
}
