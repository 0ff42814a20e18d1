package com.trustproof.risk;

import com.trustproof.model.Severity;

/** What the UI's rule filter and settings show about one rule. */
public record RuleDescriptor(String id, Severity severity, double confidence, String description,
                             String message, String suggestion, boolean enabled) {}
