package com.trustproof.ui;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OfflineHtmlTest {
    @Test
    void nothingLoadsFromTheNetworkAndNothingRuns() {
        String safe = OfflineHtml.of("<p style=\"background:url(https://t.example/b.gif)\">Hi</p>"
                + "<img src=\"https://track.example.net/o.gif\" width=\"1\" height=\"1\">"
                + "<script>alert(1)</script><a href=\"https://promo.example.net/x\">acme.example/shop</a>"
                + "<style>@import url(https://x.example/a.css); body{background:url(https://x.example/b.png)}</style>");
        assertFalse(safe.contains("https://t.example"), safe);
        assertFalse(safe.contains("src=\"https://"), safe);
        assertFalse(safe.contains("<script"), safe);
        assertFalse(safe.contains("href=\"https://"), safe);
        assertFalse(safe.contains("x.example/b.png"), safe);
        assertFalse(safe.contains("@import"), safe);
        assertTrue(safe.contains("image not loaded: https://track.example.net/o.gif"), safe);
        assertTrue(safe.contains("title=\"https://promo.example.net/x\""), safe);
    }
}
