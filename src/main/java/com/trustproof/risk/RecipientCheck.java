package com.trustproof.risk;

import com.trustproof.model.Finding;
import com.trustproof.model.Severity;

import java.util.List;

/** The findings on one recipient's message and persona, and their trust score (higher = riskier). */
public record RecipientCheck(List<Finding> findings, int score) {
    public RecipientCheck {
        findings = List.copyOf(findings);
    }

    /** The worst severity, or null when clean. */
    public Severity worst() {
        Severity worst = null;
        for (Finding f : findings) {
            if (worst == null || f.severity().atLeast(worst)) worst = f.severity();
        }
        return worst;
    }
}
