package com.trustproof.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a row's cells (a JSON array of strings, as {@link RecipientTable#encode} writes them)
 * straight from the stored UTF-8 bytes. The encoder writes no white space and escapes only
 * quotes, backslashes and control characters, so almost every row is plain strings and nulls:
 * those are cut out of the bytes directly. Anything else (an escape, a number, a damaged row) goes
 * to Jackson's streaming parser, which decodes or refuses it. Thread-safe.
 */
final class CellCodec {
    private static final JsonFactory JSON = new JsonFactory();
    private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);

    private CellCodec() {}

    static List<String> decode(byte[] json) {
        List<String> cells = plain(json);
        return cells != null ? cells : parsed(json);
    }

    /** The cells of a row of plain strings and nulls, or null when the row needs the full parser. */
    private static List<String> plain(byte[] json) {
        int n = json.length;
        if (n < 2 || json[0] != '[') return null;
        List<String> cells = new ArrayList<>(12);
        int i = 1;
        if (json[i] == ']') return i + 1 == n ? cells : null;
        while (true) {
            if (json[i] == '"') {
                int start = i + 1;
                boolean ascii = true;
                int at = start;
                for (; at < n; at++) {
                    byte b = json[at];
                    if (b == '"') break;
                    if (b == '\\' || (b >= 0 && b < 0x20)) return null;   // an escape or a raw control character
                    if (b < 0) ascii = false;
                }
                if (at == n) return null;
                // stored text is valid UTF-8 (the driver encodes Java strings); ASCII decodes as Latin-1, the cheapest way
                cells.add(new String(json, start, at - start, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
                i = at + 1;
            } else if (java.util.Arrays.equals(json, i, Math.min(n, i + 4), NULL, 0, 4)) {
                cells.add(null);
                i += 4;
            } else {
                return null;
            }
            if (i >= n) return null;
            if (json[i] == ']') return i + 1 == n ? cells : null;
            if (json[i] != ',' || ++i >= n) return null;
        }
    }

    /** Jackson's reading of any row (also the reference the plain path is tested against). */
    static List<String> parsed(byte[] json) {
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
