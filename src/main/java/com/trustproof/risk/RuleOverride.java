package com.trustproof.risk;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.trustproof.model.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One entry of a user override file: only the fields it sets change the built-in rule. */
@JsonIgnoreProperties(ignoreUnknown = false)
final class RuleOverride {
    public String id;
    public Boolean enabled;
    public Severity severity;
    public Double confidence;
    public String message;
    public String suggestion;
    public Map<String, Double> params = new LinkedHashMap<>();
    /** Lists to add to ({"phrases": [...], "lexicon": [...]}). */
    public ListPatch extend;
    /** Lists to swap wholesale. */
    public ListPatch replace;

    static final class ListPatch {
        public List<LexiconEntry> lexicon;
        final Map<String, List<String>> lists = new LinkedHashMap<>();

        @JsonAnySetter
        void put(String name, List<String> values) { lists.put(name, new ArrayList<>(values)); }
    }

    void applyTo(RuleSpec spec) {
        if (enabled != null) spec.enabled = enabled;
        if (severity != null) spec.severity = severity;
        if (confidence != null) spec.confidence = confidence;
        if (message != null) spec.message = message;
        if (suggestion != null) spec.suggestion = suggestion;
        spec.params.putAll(params);
        if (replace != null) {
            spec.lists.putAll(replace.lists);
            if (replace.lexicon != null) spec.lexicon = new ArrayList<>(replace.lexicon);
        }
        if (extend != null) {
            extend.lists.forEach((name, values) -> {
                List<String> merged = new ArrayList<>(spec.list(name));
                merged.addAll(values);
                spec.lists.put(name, merged);
            });
            if (extend.lexicon != null) {
                List<LexiconEntry> merged = new ArrayList<>(spec.lexicon);
                merged.addAll(extend.lexicon);
                spec.lexicon = merged;
            }
        }
    }
}
