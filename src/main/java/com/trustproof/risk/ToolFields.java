package com.trustproof.risk;

import com.trustproof.model.FieldNames;
import com.trustproof.render.PlatformTags;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merge tags the mailing tool fills at send time (unsubscribe link, archive URL, list address).
 * They are never list columns and always render empty here, so token rules leave them alone.
 * The list lives in token.unknown-field's "toolFields" (shared by the token rules), on top of
 * the renderer's {@link PlatformTags}, which it keeps verbatim in the output.
 */
final class ToolFields {
    static final String OWNER = "token.unknown-field";

    private final Set<String> exact = new HashSet<>();
    private final Set<String> prefixes = new HashSet<>();

    ToolFields(List<String> names) {
        for (String name : names) {
            String canonical = FieldNames.canonical(name);
            if (canonical.endsWith(":")) prefixes.add(canonical);
            else exact.add(canonical);
        }
    }

    static ToolFields from(Map<String, RuleSpec> specs) {
        RuleSpec owner = specs.get(OWNER);
        return new ToolFields(owner == null ? List.of() : owner.list("toolFields"));
    }

    /** Ours (tunable in the rule data) or the renderer's list of platform tags. */
    boolean contains(String canonicalField) {
        if (canonicalField == null || canonicalField.isEmpty()) return false;
        if (exact.contains(canonicalField) || PlatformTags.isPlatformField(canonicalField)) return true;
        int colon = canonicalField.indexOf(':');
        return colon > 0 && prefixes.contains(canonicalField.substring(0, colon + 1));
    }
}
