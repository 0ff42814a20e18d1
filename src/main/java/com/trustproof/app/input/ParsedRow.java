package com.trustproof.app.input;

import java.util.List;

/**
 * One data row of a recipient list: its 1-based line, its cells in column order, and a problem
 * (ragged row, say) when the row cannot be used as it is.
 */
public record ParsedRow(long line, List<String> cells, String problem, long problemColumn) {}
