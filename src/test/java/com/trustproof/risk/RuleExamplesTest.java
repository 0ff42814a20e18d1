package com.trustproof.risk;

import com.trustproof.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs every rule's own examples from rules.json: triggers must fire it, clean ones must not. */
class RuleExamplesTest {
    private static final RiskEngine ENGINE = RiskEngine.defaults();

    static Stream<Arguments> examples() {
        List<Arguments> out = new ArrayList<>();
        for (Map.Entry<String, RuleSpec> entry : RuleFiles.builtIn().entrySet()) {
            RuleSpec spec = entry.getValue();
            for (int i = 0; i < spec.examples.trigger.size(); i++) {
                out.add(Arguments.of(spec.id, "trigger", i, spec.examples.trigger.get(i)));
            }
            for (int i = 0; i < spec.examples.clean.size(); i++) {
                out.add(Arguments.of(spec.id, "clean", i, spec.examples.clean.get(i)));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} #{2}")
    @MethodSource("examples")
    void example(String rule, String kind, int index, RuleExample example) {
        ExampleRun run = ExampleRun.of(ENGINE, example);
        List<Finding> found = run.of(rule);
        if (kind.equals("trigger")) {
            assertFalse(found.isEmpty(), rule + " should fire on " + describe(example) + " but found only " + run.all());
        } else {
            assertTrue(found.isEmpty(), rule + " should not fire on " + describe(example) + " but found " + found);
        }
    }

    @Test
    void everyRuleHasTriggerAndCleanExamples() {
        for (RuleSpec spec : RuleFiles.builtIn().values()) {
            assertFalse(spec.examples.trigger.isEmpty(), spec.id + " has no trigger example");
            assertFalse(spec.examples.clean.isEmpty(), spec.id + " has no clean example");
        }
    }

    @Test
    void everyRuleOfTheProductTableIsInTheData() {
        List<String> table = List.of("token.unresolved", "token.unknown-field", "token.malformed", "token.no-fallback",
                "value.placeholder", "value.implausible", "value.casing", "value.generic", "value.name-mismatch",
                "assumption.mismatch", "assumption.sensitive", "segment.too-broad", "segment.outside", "consent.missing",
                "privacy.creepy", "spam.trigger", "spam.shouting", "data.stale", "html.tracking-pixel", "html.link-mismatch");
        List<String> ids = ENGINE.rules().stream().map(RuleDescriptor::id).toList();
        assertTrue(ids.containsAll(table), "missing: " + table.stream().filter(id -> !ids.contains(id)).toList());
    }

    private static String describe(RuleExample example) {
        return "[subject=" + example.subject + ", body=" + example.body + ", recipient=" + example.recipient
                + ", recipients=" + example.recipients + "]";
    }
}
