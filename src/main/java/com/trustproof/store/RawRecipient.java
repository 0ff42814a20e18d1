package com.trustproof.store;

import java.util.List;

/**
 * A recipient's id and cells exactly as read, still encoded: all a full re-check needs. Reading
 * stays cheap on the reading thread; whoever has a core free pays for {@link #cells()}.
 */
public record RawRecipient(long id, byte[] cellsJson) {
    /** The cells in column order. */
    public List<String> cells() { return CellCodec.decode(cellsJson); }
}
