package com.trustproof.store;

/**
 * What the list needs to know about a recipient's check without re-rendering it: trust score,
 * worst severity (0 clean, 1 low, 2 medium, 3 high), rule ids as " a b ", variant group, and the
 * hash of the rendered message that a decision is bound to.
 */
public record CheckSummary(int score, int worst, String rules, String variant, String messageHash) {
    /**
     * A row loaded but not checked yet (worst -1, empty variant and hash). Sentinels rather than
     * NULLs: the columns are NOT NULL since schema v1, and worst >= 0 keeps every filter honest.
     */
    public static final CheckSummary UNCHECKED = new CheckSummary(0, -1, " ", "", "");

    public boolean checked() { return worst >= 0; }
}
