package com.trustproof.app.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.trustproof.app.InputException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON recipient lists: an array of flat objects. Read twice with Jackson's streaming parser:
 * once for the union of keys (the columns), once for the rows, so memory stays flat.
 */
final class JsonRecipientSource extends RecipientSource {
    private static final JsonFactory FACTORY = new JsonFactory();
    private final JsonParser parser;
    private final Map<String, Integer> positions = new LinkedHashMap<>();

    private JsonRecipientSource(Path file, List<String> keys, JsonParser parser) {
        super(file);
        this.parser = parser;
        for (String key : keys) positions.put(key, positions.size());
        setHeaders(keys);
    }

    static JsonRecipientSource openJson(Path file) throws IOException {
        List<String> keys = new ArrayList<>();
        try (JsonParser scan = FACTORY.createParser(file.toFile())) {
            eachObject(file, scan, (key, value, at) -> { if (!keys.contains(key)) keys.add(key); });
        } catch (JsonProcessingException e) {
            throw invalid(file, e);
        }
        JsonParser parser = FACTORY.createParser(file.toFile());
        expectArray(file, parser);
        return new JsonRecipientSource(file, keys, parser);
    }

    private interface Cell { void accept(String key, String value, JsonLocation at); }

    private static void eachObject(Path file, JsonParser parser, Cell cell) throws IOException {
        expectArray(file, parser);
        while (readObject(file, parser, cell) != null) { /* keys gathered by the callback */ }
    }

    private static void expectArray(Path file, JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            JsonLocation at = parser.currentTokenLocation();
            throw new InputException(file, at.getLineNr(), at.getColumnNr(), "a JSON recipient list is an array of objects");
        }
    }

    /** Reads the next object, or returns null at the closing bracket. Returns the object's location. */
    private static JsonLocation readObject(Path file, JsonParser parser, Cell cell) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY) return null;
        JsonLocation start = parser.currentTokenLocation();
        if (token != JsonToken.START_OBJECT) {
            throw new InputException(file, start.getLineNr(), start.getColumnNr(), "each recipient must be a JSON object");
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            JsonLocation at = parser.currentTokenLocation();
            cell.accept(key, text(file, parser, value), at);
        }
        return start;
    }

    private static String text(Path file, JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) return "";
        if (value.isScalarValue()) return parser.getText();
        if (value == JsonToken.START_ARRAY) {
            List<String> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (!parser.currentToken().isScalarValue()) {
                    JsonLocation at = parser.currentTokenLocation();
                    throw new InputException(file, at.getLineNr(), at.getColumnNr(), "lists may hold only plain values");
                }
                items.add(parser.getText());
            }
            return String.join(";", items);
        }
        JsonLocation at = parser.currentTokenLocation();
        throw new InputException(file, at.getLineNr(), at.getColumnNr(), "nested objects are not supported in a recipient");
    }

    private static InputException invalid(Path file, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return new InputException(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                "not valid JSON: " + e.getOriginalMessage());
    }

    @Override
    public ParsedRow next() {
        String[] cells = new String[positions.size()];
        Arrays.fill(cells, "");
        try {
            JsonLocation start = readObject(file, parser, (key, value, at) -> cells[positions.get(key)] = value);
            return start == null ? null : new ParsedRow(start.getLineNr(), Arrays.asList(cells), null, 0);
        } catch (JsonProcessingException e) {
            throw invalid(file, e);
        } catch (IOException e) {
            throw new InputException(file, 0, 0, "cannot read: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException ignored) {
            // reading is done; nothing to recover
        }
    }
}
