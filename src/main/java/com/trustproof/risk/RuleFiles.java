package com.trustproof.risk;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the built-in rules.json and user override files, reporting problems by line and column. */
final class RuleFiles {
    static final String BUILT_IN = "/com/trustproof/risk/rules.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** Top level of both files: {"rules": [...]}. */
    static final class RuleFile {
        public List<RuleSpec> rules = new ArrayList<>();
    }

    static final class OverrideFile {
        public List<RuleOverride> rules = new ArrayList<>();
    }

    private RuleFiles() {}

    /** The built-in rules by id, in file order. */
    static Map<String, RuleSpec> builtIn() {
        try (InputStream in = RuleFiles.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) throw new IllegalStateException("missing resource " + BUILT_IN);
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return parseRules(text, "rules.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, RuleSpec> parseRules(String text, String fileName) {
        RuleFile file = read(text, fileName, RuleFile.class);
        Map<String, RuleSpec> byId = new LinkedHashMap<>();
        for (RuleSpec spec : file.rules) {
            if (spec.id == null || spec.id.isBlank()) throw problem(text, fileName, null, "a rule has no id");
            if (byId.put(spec.id, spec) != null) throw problem(text, fileName, spec.id, "rule " + spec.id + " appears twice");
            checkConfidence(text, fileName, spec.id, spec.confidence);
        }
        return byId;
    }

    /** Applies an override file to copies of {@code base}; unknown rule ids are errors, not silence. */
    static Map<String, RuleSpec> applyOverrides(Map<String, RuleSpec> base, Path overrideFile) {
        String text;
        try {
            text = Files.readString(overrideFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RuleFileException(overrideFile, 0, 0, "cannot read: " + e.getMessage(), e);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        String name = overrideFile.toString();
        OverrideFile file = read(text, name, OverrideFile.class);
        Map<String, RuleSpec> tuned = new LinkedHashMap<>();
        base.forEach((id, spec) -> tuned.put(id, copy(spec)));
        for (RuleOverride override : file.rules) {
            if (override.id == null) throw problem(text, name, null, "an override has no id");
            RuleSpec spec = tuned.get(override.id);
            if (spec == null) throw problem(text, name, override.id, "unknown rule id " + override.id);
            if (override.confidence != null) checkConfidence(text, name, override.id, override.confidence);
            override.applyTo(spec);
        }
        return tuned;
    }

    private static void checkConfidence(String text, String fileName, String id, double confidence) {
        if (confidence <= 0 || confidence > 1) {
            throw problem(text, fileName, id, "confidence of " + id + " must be in (0, 1], was " + confidence);
        }
    }

    private static RuleSpec copy(RuleSpec spec) {
        return MAPPER.convertValue(MAPPER.valueToTree(spec), RuleSpec.class);
    }

    private static <T> T read(String text, String fileName, Class<T> type) {
        try {
            return MAPPER.readValue(text, type);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            throw new RuleFileException(fileName, line, column, e.getOriginalMessage(), e);
        }
    }

    /** A semantic problem, located at the rule's id in the file text (or the file start). */
    private static RuleFileException problem(String text, String fileName, String id, String message) {
        int offset = id == null ? -1 : text.indexOf("\"" + id + "\"");
        int line = 1, column = 1;
        for (int i = 0; i < Math.max(offset, 0); i++) {
            if (text.charAt(i) == '\n') { line++; column = 1; } else column++;
        }
        return new RuleFileException(fileName, line, column, message, null);
    }
}
