package com.trustproof.bench;

import com.trustproof.model.Campaign;
import com.trustproof.model.Format;
import com.trustproof.model.Recipient;
import com.trustproof.render.CompiledCampaign;
import com.trustproof.render.Rendering;
import org.openjdk.jmh.annotations.*;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Renderings per second for a ~1 KB demo-like campaign over a rotating list of recipients. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class RenderBenchmark {
    private static final String SUBJECT = "{{ first_name | default: \"Friend\" }}, your next trail starts here";
    private static final String BODY = """
            Hi {{first_name}},

            Spring is here, and the trails are calling. As someone who has been with Acme Outdoors since \
            the early days, you know that the right shoe makes every mile feel lighter. This season we \
            rebuilt the Ridgeline from the ground up: a new outsole compound that grips wet granite, a \
            rock plate that no longer feels like a plank, and an upper that drains in minutes after a \
            creek crossing.

            *|IF:CITY|*We are hosting a free group run in {{ city | default: 'your town' }} on Saturday \
            morning, with demo pairs in every size.*|ELSE:|*Find a group run near you on our events page, \
            with demo pairs in every size.*|END:IF|*

            Members get early access until Friday, and as always, returns are free for 60 days, even if \
            the shoes are muddy. We would rather you run in them than wonder about them.

            Your member number is %%MemberId%%, and your current tier is {{ tier | default: 'Trail' | upcase }}.

            See you out there,
            The Acme Outdoors team

            You receive this email because you signed up at acme.example as *|EMAIL|*.
            """;

    private CompiledCampaign campaign;
    private Recipient[] recipients;
    private int next;

    @Setup
    public void setUp() {
        campaign = CompiledCampaign.compile(new Campaign("Spring trail launch", "Acme <hello@acme.example>",
                SUBJECT, "New grip, same love for the outdoors", BODY, Format.TEXT, null, null));
        if (!campaign.problems().isEmpty()) throw new IllegalStateException(campaign.problems().toString());
        String[] names = {"Maria", "John", "", "Aiko", " ", "Sven", "Léa", "Oluwaseun", "Łukasz"};
        String[] cities = {"Oslo", "", "Denver", "Lyon", "Kyoto"};
        recipients = new Recipient[1000];
        for (int i = 0; i < recipients.length; i++) {
            Map<String, String> attributes = new LinkedHashMap<>();
            String email = "person" + i + "@example.com";
            attributes.put("email", email);
            attributes.put("first_name", names[i % names.length]);
            attributes.put("last_name", "Lastname" + i);
            attributes.put("city", cities[i % cities.length]);
            attributes.put("memberid", i % 7 == 0 ? "" : "M-" + (100000 + i));
            attributes.put("tier", i % 3 == 0 ? "gold" : "");
            attributes.put("interests", "running;hiking");
            recipients[i] = new Recipient(i, email, attributes);
        }
    }

    @Benchmark
    public Rendering render() {
        Recipient recipient = recipients[next];
        next = next + 1 == recipients.length ? 0 : next + 1;
        return campaign.render(recipient);
    }

    /** Runs the JMH benchmark; with argument "cpu", a quick rate per CPU-second instead. */
    public static void main(String[] args) throws RunnerException {
        if (args.length > 0 && args[0].equals("cpu")) {
            ratePerCpuSecond();
            return;
        }
        Options options = new OptionsBuilder().include(RenderBenchmark.class.getSimpleName()).build();
        new Runner(options).run();
    }

    /**
     * Renderings per second of this thread's CPU time: on a shared, busy machine the wall-clock
     * rate says more about the neighbours than about the renderer.
     */
    private static void ratePerCpuSecond() {
        RenderBenchmark benchmark = new RenderBenchmark();
        benchmark.setUp();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        int checksum = 0;
        for (int round = 1; round <= 8; round++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            int renderings = 2_000_000;
            for (int i = 0; i < renderings; i++) checksum += benchmark.render().path().length();
            long cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
            System.out.printf("round %d: %,.0f renderings per CPU-second%n", round, renderings * 1e9 / cpuNanos);
        }
        System.out.println("(checksum " + checksum + ")");
    }
}
