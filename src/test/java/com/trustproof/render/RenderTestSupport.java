package com.trustproof.render;

import com.trustproof.model.Campaign;
import com.trustproof.model.FieldNames;
import com.trustproof.model.Format;
import com.trustproof.model.Recipient;

import java.util.LinkedHashMap;
import java.util.Map;

/** Small builders shared by the render tests. */
final class RenderTestSupport {
    private RenderTestSupport() {}

    static CompiledCampaign compileBody(String body) {
        return compileBody(body, Format.TEXT);
    }

    static CompiledCampaign compileBody(String body, Format format) {
        return CompiledCampaign.compile(new Campaign("t", "a@b.example", "", "", body, format, null, null));
    }

    /** A recipient from "field", "value" pairs; names go through FieldNames like an import does. */
    static Recipient recipient(String... pairs) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) attributes.put(FieldNames.canonical(pairs[i]), pairs[i + 1]);
        return new Recipient(1, attributes.getOrDefault("email", "x@example.com"), attributes);
    }

    static String body(String template, String... pairs) {
        return compileBody(template).render(recipient(pairs)).body().text();
    }

    static String htmlBody(String template, String... pairs) {
        return compileBody(template, Format.HTML).render(recipient(pairs)).body().text();
    }
}
