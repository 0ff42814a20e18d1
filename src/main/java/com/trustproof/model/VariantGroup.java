package com.trustproof.model;


/**
 * Recipients whose messages take the same path through the template and carry the same findings.
 * {@code rules} lists the rule ids found (space separated, may be empty); sampleId is a member.
 */
public record VariantGroup(String variant, long size, long pending, long approved, long rejected,
                           Severity worst, String rules, long sampleId) {}
