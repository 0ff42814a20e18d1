package com.trustproof.ui;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Makes a rendered HTML body safe to show inside the app: nothing may load from the network
 * (a remote image is a tracking pixel firing from the reviewer's machine) and nothing may run.
 * Remote images become labelled boxes, links keep their text and show their target on hover.
 */
final class OfflineHtml {
    private OfflineHtml() {}

    static String of(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, iframe, frame, object, embed, link, base, meta[http-equiv], audio, video, source, form").remove();
        for (Element img : doc.select("img")) {
            String src = img.attr("src");
            if (!src.startsWith("data:")) {
                img.removeAttr("src");
                img.removeAttr("srcset");
                img.attr("alt", "[image not loaded: " + src + "]");
                img.attr("style", "display:inline-block;border:1px dashed #999;padding:2px;color:#777;font-size:11px");
            }
        }
        for (Element link : doc.select("[href]")) {
            link.attr("title", link.attr("href"));
            link.attr("href", "#");
        }
        // backgrounds in CSS load too
        for (Element styled : doc.select("[style*=url], [background]")) {
            styled.removeAttr("background");
            styled.attr("style", styled.attr("style").replaceAll("(?i)url\\s*\\([^)]*\\)", "none"));
        }
        doc.select("style").forEach(s -> s.html(s.html().replaceAll("(?i)url\\s*\\([^)]*\\)", "none").replaceAll("(?i)@import[^;]*;", "")));
        return doc.outerHtml();
    }
}
