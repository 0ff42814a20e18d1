package com.trustproof.app.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trustproof.app.InputException;
import com.trustproof.model.Assumption;
import com.trustproof.model.Campaign;
import com.trustproof.model.Format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a campaign JSON file (PRODUCT.md "Campaign"). Every problem becomes an
 * {@link InputException} that points at the offending value's line and column.
 */
public final class CampaignReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path file;
    private final Map<String, JsonLocation> locations = new HashMap<>();

    private CampaignReader(Path file) { this.file = file; }

    public static Campaign read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new CampaignReader(file).parse(in);
        } catch (NoSuchFileException e) {
            throw new InputException(file, 0, 0, "file not found");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InputException(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputException(file, 0, 0, "cannot read: " + e.getMessage());
        }
    }

    /** Parses campaign JSON text (for the editor and tests); {@code name} stands in for the file. */
    public static Campaign parse(String json, Path name) {
        try {
            return new CampaignReader(name).parse(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InputException(name, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputException(name, 0, 0, e.getMessage());
        }
    }

    private Campaign parse(InputStream in) throws IOException {
        ObjectNode root = readRootRememberingLocations(in);
        String formatText = optionalText(root, "format", "text");
        Format format = switch (formatText.toLowerCase(Locale.ROOT)) {
            case "text" -> Format.TEXT;
            case "html" -> Format.HTML;
            default -> throw error("format", "\"format\" must be \"text\" or \"html\", not \"" + formatText + "\"");
        };
        if (!root.hasNonNull("body") && !root.hasNonNull("subject")) {
            throw new InputException(file, 1, 1, "a campaign needs at least a \"subject\" or a \"body\"");
        }
        return new Campaign(optionalText(root, "name", file == null ? "Campaign" : file.getFileName().toString()),
                optionalText(root, "from", ""), optionalText(root, "subject", ""),
                optionalText(root, "preheader", ""), optionalText(root, "body", ""),
                format, strings(root, "segments"), assumptions(root));
    }

    private ObjectNode readRootRememberingLocations(InputStream in) throws IOException {
        JsonParser parser = new JsonFactory().createParser(in);
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            JsonLocation at = parser.currentTokenLocation();
            throw new InputException(file, at.getLineNr(), at.getColumnNr(), "a campaign file holds one JSON object");
        }
        ObjectNode root = MAPPER.createObjectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            locations.put(name, parser.currentTokenLocation());
            root.set(name, MAPPER.readTree(parser));
        }
        if (parser.nextToken() != null) {
            JsonLocation at = parser.currentTokenLocation();
            throw new InputException(file, at.getLineNr(), at.getColumnNr(), "unexpected content after the campaign object");
        }
        return root;
    }

    private String optionalText(ObjectNode root, String name, String fallback) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) return fallback;
        if (!node.isTextual()) throw error(name, "\"" + name + "\" must be a string");
        return node.asText();
    }

    private List<String> strings(ObjectNode root, String name) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) return List.of();
        if (!node.isArray()) throw error(name, "\"" + name + "\" must be a list of strings");
        List<String> out = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual()) throw error(name, "\"" + name + "\" must be a list of strings");
            out.add(item.asText());
        }
        return out;
    }

    private List<Assumption> assumptions(ObjectNode root) {
        JsonNode node = root.get("assumes");
        if (node == null || node.isNull()) return List.of();
        if (!node.isArray()) throw error("assumes", "\"assumes\" must be a list of objects");
        List<Assumption> out = new ArrayList<>();
        int index = 0;
        for (JsonNode item : (ArrayNode) node) {
            index++;
            String where = "assumption " + index + ": ";
            if (!item.isObject() || !item.path("attribute").isTextual()) {
                throw error("assumes", where + "needs an \"attribute\"");
            }
            List<String> kinds = new ArrayList<>();
            for (String kind : List.of("equals", "contains", "in")) if (item.has(kind)) kinds.add(kind);
            if (kinds.size() != 1) {
                throw error("assumes", where + "needs exactly one of \"equals\", \"contains\" or \"in\"");
            }
            String kind = kinds.get(0);
            JsonNode operand = item.get(kind);
            List<String> values = new ArrayList<>();
            if (kind.equals("in")) {
                if (!operand.isArray()) throw error("assumes", where + "\"in\" takes a list of values");
                operand.forEach(v -> values.add(v.asText()));
            } else {
                if (!operand.isValueNode()) throw error("assumes", where + "\"" + kind + "\" takes one value");
                values.add(operand.asText());
            }
            out.add(new Assumption(item.get("attribute").asText(), Assumption.Match.valueOf(kind.toUpperCase(Locale.ROOT)),
                    values, item.path("reason").asText("")));
        }
        return out;
    }

    private InputException error(String field, String problem) {
        JsonLocation at = locations.get(field);
        return new InputException(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), problem);
    }
}
