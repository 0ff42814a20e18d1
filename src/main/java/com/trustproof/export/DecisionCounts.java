package com.trustproof.export;

/** How many recipients the review holds and how they were decided. */
public record DecisionCounts(long total, long pending, long approved, long rejected) {}
