package com.trustproof.bench;

import com.trustproof.model.Assumption;
import com.trustproof.model.Campaign;
import com.trustproof.model.Format;
import com.trustproof.model.Recipient;
import com.trustproof.render.CompiledCampaign;
import com.trustproof.risk.CampaignCheck;
import com.trustproof.risk.CampaignFinding;
import com.trustproof.risk.RecipientCheck;
import com.trustproof.risk.RiskEngine;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders and checks one template for N synthetic recipients (default 1,000,000) and prints
 * recipients per second. Not a unit test (surefire skips *Benchmark*). Run:
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) com.trustproof.bench.CheckBenchmark \
 *      [count=1000000] [text|html] [render-only]
 * </pre>
 * The synthetic list is deliberately dirty (ALL-CAPS and placeholder names, missing names,
 * unsubscribed and stale personas, wrong segments), about two findings per recipient.
 */
public final class CheckBenchmark {
    private static final String[] FIRST = {"Anna", "JOHN", "maria", "", "Zoë", "FNAME", "Li", "Ben", "Olga", "Mary-Ann"};
    private static final String[] INTERESTS = {"running;hiking", "trail running", "golf", "", "yoga;running"};
    private static final String[] CONSENT = {"subscribed", "subscribed", "subscribed", "unsubscribed", "pending"};

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        boolean html = args.length > 1 && args[1].equalsIgnoreCase("html");
        renderOnly = args.length > 2 && args[2].equalsIgnoreCase("render-only");
        CompiledCampaign compiled = CompiledCampaign.compile(html ? htmlCampaign() : textCampaign());
        RiskEngine engine = RiskEngine.defaults();
        Set<String> known = Set.of("email", "first_name", "last_name", "consent", "segment", "last_active", "interests");
        LocalDate today = LocalDate.of(2026, 1, 1);

        run(engine, compiled, known, today, Math.min(count, 200_000));   // warm-up
        // CPU time of this thread as well as wall time: on a shared, busy machine wall time mostly
        // measures the neighbours
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long[] totals = run(engine, compiled, known, today, count);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf("%s: %,d recipients in %.2f s = %,.0f recipients/s wall, %,.0f per CPU-second "
                        + "(%,d findings, %d campaign-wide)%n",
                html ? "html" : "text", count, seconds, count / seconds, count / cpuSeconds, totals[0], totals[1]);
    }

    /** Third argument "render-only": measure the renderer alone, for comparison. */
    private static boolean renderOnly;

    private static long[] run(RiskEngine engine, CompiledCampaign compiled, Set<String> known, LocalDate today, int count) {
        CampaignCheck check = engine.begin(compiled, known, today);
        long findings = 0;
        for (int i = 0; i < count; i++) {
            Recipient recipient = recipient(i);
            if (renderOnly) { findings += compiled.render(recipient).body().text().length(); continue; }
            RecipientCheck result = check.check(recipient, compiled.render(recipient));
            findings += result.findings().size();
        }
        List<CampaignFinding> wide = check.finish();
        return new long[]{findings, wide.size()};
    }

    private static Recipient recipient(int i) {
        Map<String, String> attributes = new LinkedHashMap<>();
        String first = FIRST[i % FIRST.length];
        attributes.put("email", (first.isEmpty() ? "user" : first.toLowerCase()) + ".lopez" + i + "@example.com");
        attributes.put("first_name", first);
        attributes.put("last_name", "Lopez");
        attributes.put("consent", CONSENT[i % CONSENT.length]);
        attributes.put("segment", i % 7 == 0 ? "golfers" : "trail-runners;newsletter");
        attributes.put("last_active", i % 11 == 0 ? "2022-03-04" : "2025-10-01");
        attributes.put("interests", INTERESTS[i % INTERESTS.length]);
        return new Recipient(i, attributes.get("email"), attributes);
    }

    private static Campaign textCampaign() {
        return new Campaign("Spring trail launch", "Acme <hello@acme.example>",
                "{{ first_name | default: \"Friend\" }}, your next trail starts here",
                "New grip, same love for the outdoors",
                "Hi {{first_name}},\n\nAs a fellow trail runner, you know how much grip matters on wet rock. "
                        + "Our new Trail Pro 2 costs $129.99 and ships free. See https://shop.acme.com/trail-pro-2.\n\n"
                        + "Questions? Just reply to this email.\n\nCheers,\nThe Acme team\n\n"
                        + "You get this because you subscribed. Unsubscribe: {{unsubscribe_url}}",
                Format.TEXT, List.of("trail-runners"),
                List.of(new Assumption("interests", Assumption.Match.CONTAINS, List.of("running"), "opening line: 'As a fellow trail runner'")));
    }

    private static Campaign htmlCampaign() {
        String body = "<html><head><style>p{margin:0}</style></head><body><table><tr><td>"
                + "<img src=\"https://cdn.acme.com/logo.png\" width=\"120\" height=\"40\" alt=\"Acme\">"
                + "<h1>Hi {{ first_name | default: \"there\" }},</h1>"
                + "<p>As a fellow trail runner, you know how much grip matters on wet rock.</p>"
                + "<p>The <b>Trail Pro 2</b> costs $129.99 &amp; ships free.</p>"
                + "<p><a href=\"https://shop.acme.com/trail-pro-2\">Shop now</a> or visit <a href=\"https://www.acme.com\">www.acme.com</a></p>"
                + "<p style=\"font-size:12px\"><a href=\"{{unsubscribe_url}}\">Unsubscribe</a></p>"
                + "<img src=\"https://t.acme.com/o.gif\" width=\"1\" height=\"1\"></td></tr></table></body></html>";
        Campaign text = textCampaign();
        return new Campaign(text.name(), text.from(), text.subject(), text.preheader(), body, Format.HTML,
                text.segments(), text.assumes());
    }
}
