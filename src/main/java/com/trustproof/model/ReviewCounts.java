package com.trustproof.model;

/**
 * Totals for the status bar and the overview. {@code unchecked} recipients wait for their first
 * check (a large import loads rows first and checks them in the background); they count in no
 * severity total.
 */
public record ReviewCounts(long total, long pending, long approved, long rejected,
                           long high, long medium, long low, long clean, long unchecked) {
    public ReviewCounts(long total, long pending, long approved, long rejected, long high, long medium, long low, long clean) {
        this(total, pending, approved, rejected, high, medium, low, clean, 0);
    }
}
