package com.trustproof.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a row's cells (a JSON array of strings, as {@link CellEncoder} writes them)
 * with Jackson's streaming parser straight from the stored UTF-8 bytes: a million rows decode
 * without the data-binding layer or a detour through a String. Thread-safe.
 */
final class CellCodec {
    private static final JsonFactory JSON = new JsonFactory();

    private CellCodec() {}

    static List<String> decode(byte[] json) {
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) throw damaged(null);
            List<String> cells = new ArrayList<>(12);
            for (JsonToken token; (token = parser.nextToken()) != JsonToken.END_ARRAY; ) {
                if (token == null || token.isStructStart()) throw damaged(null);
                cells.add(token == JsonToken.VALUE_NULL ? null : parser.getText());
            }
            return cells;
        } catch (IOException e) {
            throw damaged(e);
        }
    }

    private static IllegalStateException damaged(Exception cause) {
        return new IllegalStateException("damaged recipient row", cause);
    }
}
