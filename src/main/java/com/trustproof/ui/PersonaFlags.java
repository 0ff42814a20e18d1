package com.trustproof.ui;

import com.trustproof.app.RecipientDetail;
import com.trustproof.model.Assumption;
import com.trustproof.model.Campaign;
import com.trustproof.model.FieldNames;
import com.trustproof.model.Finding;
import com.trustproof.model.Recipient;
import com.trustproof.render.TokenSpan;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Which persona attributes the message reads, and which of them the findings call into question. */
final class PersonaFlags {
    private PersonaFlags() {}

    /**
     * Canonical names of the attributes the message relies on: substituted into it, or assumed by
     * its copy (a declared assumption, "as a fellow runner" reads the interests), so the reviewer
     * sees the interests that back the copy up as well as the ones that contradict it.
     */
    static Set<String> used(RecipientDetail detail, Campaign campaign) {
        Set<String> used = new HashSet<>();
        for (var field : com.trustproof.model.MessageField.values()) {
            for (TokenSpan span : detail.rendering().field(field).spans()) used.add(FieldNames.canonical(span.field()));
        }
        if (campaign != null) {
            for (Assumption assumption : campaign.assumes()) used.add(FieldNames.canonical(assumption.attribute()));
        }
        return used;
    }

    /** Canonical names of attributes a finding points at: the persona contradicts the message there. */
    static Set<String> contradicted(RecipientDetail detail, Campaign campaign) {
        Set<String> bad = new HashSet<>();
        for (Finding f : detail.findings()) {
            switch (f.rule()) {
                case "consent.missing" -> bad.add(FieldNames.CONSENT);
                case "data.stale" -> bad.add(FieldNames.LAST_ACTIVE);
                case "segment.outside" -> bad.add(FieldNames.SEGMENT);
                case "value.name-mismatch" -> { bad.add(FieldNames.FIRST_NAME); bad.add(FieldNames.EMAIL); }
                default -> { }
            }
            if (f.field() != null) {
                // a risky span over a substituted value blames the attribute it came from
                for (TokenSpan span : detail.rendering().field(f.field()).spans()) {
                    if (span.start() < f.end() && f.start() < span.end()) bad.add(FieldNames.canonical(span.field()));
                }
            }
        }
        if (campaign != null) {
            for (Assumption a : campaign.assumes()) {
                if (!holds(a, detail.recipient())) bad.add(FieldNames.canonical(a.attribute()));
            }
        }
        return bad;
    }

    static boolean holds(Assumption assumption, Recipient recipient) {
        List<String> values = recipient.values(assumption.attribute()).stream().map(PersonaFlags::norm).toList();
        List<String> wanted = assumption.values().stream().map(PersonaFlags::norm).toList();
        return switch (assumption.match()) {
            case EQUALS -> values.size() == 1 && wanted.contains(values.get(0));
            case CONTAINS, IN -> values.stream().anyMatch(wanted::contains);
        };
    }

    private static String norm(String s) { return s.strip().toLowerCase(Locale.ROOT); }
}
