package com.trustproof.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes a row's cells as they are stored: a JSON array of strings in column order, which
 * {@link CellCodec} reads. One Jackson generator is kept for every row: a data-binding call per
 * row costs a serializer lookup and fresh buffers, and its inlined code took the JIT most of a
 * second to compile during a million-row import. One encoder per thread.
 */
public final class CellEncoder {
    private static final JsonFactory JSON = new JsonFactory();

    private final TextBuffer text = new TextBuffer();
    private final JsonGenerator generator;

    public CellEncoder() {
        try {
            generator = JSON.createGenerator(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        generator.setRootValueSeparator(null); // rows are separate documents, not a stream of values
    }

    public String encode(List<String> cells) {
        try {
            text.clear();
            generator.writeStartArray();
            for (String cell : cells) generator.writeString(cell);
            generator.writeEndArray();
            generator.flush();
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
    }

    /** An unsynchronized StringWriter that can be emptied. */
    private static final class TextBuffer extends Writer {
        private final StringBuilder chars = new StringBuilder(256);

        void clear() { chars.setLength(0); }

        @Override
        public void write(char[] buffer, int offset, int length) { chars.append(buffer, offset, length); }

        @Override
        public void write(String string, int offset, int length) { chars.append(string, offset, offset + length); }

        @Override
        public void flush() {}

        @Override
        public void close() {}

        @Override
        public String toString() { return chars.toString(); }
    }
}
