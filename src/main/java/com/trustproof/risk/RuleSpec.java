package com.trustproof.risk;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.trustproof.model.Finding;
import com.trustproof.model.MessageField;
import com.trustproof.model.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One rule as written in rules.json (and tuned by an override file). Plain fields so Jackson can
 * bind it; rules read it once when they are built and never change it afterwards.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public final class RuleSpec {
    public String id;
    public Severity severity = Severity.MEDIUM;
    public double confidence = 1.0;
    public boolean enabled = true;
    public String description = "";
    /** Text for the marketer; {name} placeholders are filled per finding. */
    public String message = "";
    public String suggestion;
    /** Named phrase/value lists ("phrases", "acronyms", ...), tunable with extend/replace. */
    public Map<String, List<String>> lists = new LinkedHashMap<>();
    /** Numeric knobs ("allowance", "months", "minShare", ...). */
    public Map<String, Double> params = new LinkedHashMap<>();
    /** Reader-asserting phrases and the persona trait each one takes for granted. */
    public List<LexiconEntry> lexicon = new ArrayList<>();
    public Examples examples = new Examples();

    /** Text that must trigger the rule and text that must not; the test suite runs both. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    public static final class Examples {
        public List<RuleExample> trigger = new ArrayList<>();
        public List<RuleExample> clean = new ArrayList<>();
    }

    public List<String> list(String name) {
        return lists.getOrDefault(name, List.of());
    }

    public double param(String name, double fallback) {
        Double value = params.get(name);
        return value == null ? fallback : value;
    }

    public RuleDescriptor descriptor() {
        return new RuleDescriptor(id, severity, confidence, description, message, suggestion, enabled);
    }

    /** A finding of this rule with its message's placeholders filled from key/value pairs. */
    Finding finding(MessageField field, int start, int end, String text, double confidenceFactor, String... keyValues) {
        return new Finding(id, severity, Math.min(1.0, confidence * confidenceFactor), field, start, end, text,
                fill(message, text, keyValues), suggestion == null ? null : fill(suggestion, text, keyValues));
    }

    Finding finding(MessageField field, int start, int end, String text, String... keyValues) {
        return finding(field, start, end, text, 1.0, keyValues);
    }

    /** A finding about the recipient, not a span of text. */
    Finding personaFinding(double confidenceFactor, String... keyValues) {
        return finding(null, 0, 0, "", confidenceFactor, keyValues);
    }

    /** Fills {key} placeholders; a "text" pair, when given, wins over the span text. */
    static String fill(String template, String text, String... keyValues) {
        if (template == null || template.indexOf('{') < 0) return template;
        String out = template;
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            out = out.replace("{" + keyValues[i] + "}", keyValues[i + 1] == null ? "" : keyValues[i + 1]);
        }
        return out.replace("{text}", text == null ? "" : text);
    }
}
