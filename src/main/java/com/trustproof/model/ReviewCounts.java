package com.trustproof.model;

/** Totals for the status bar and the overview. */
public record ReviewCounts(long total, long pending, long approved, long rejected,
                           long high, long medium, long low, long clean) {}
