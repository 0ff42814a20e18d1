package com.trustproof.app;

import com.trustproof.model.FieldNames;
import com.trustproof.model.Recipient;
import com.trustproof.store.CellEncoder;
import com.trustproof.model.ShownFields;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import and the check pass read the shown fields straight from the cells: they must be what a Recipient gives. */
class ImportRowProperties {
    private static final List<String> COLUMNS = List.of(FieldNames.EMAIL, FieldNames.FIRST_NAME, FieldNames.LAST_NAME,
            FieldNames.SEGMENT, FieldNames.CONSENT, "city", FieldNames.FIRST_NAME);
    private static final CellEncoder ENCODER = new CellEncoder(); // one for every try, as the import keeps one
    private static final com.fasterxml.jackson.databind.ObjectMapper DATA_BINDING = new com.fasterxml.jackson.databind.ObjectMapper();

    @Property(tries = 1000)
    void shownFieldsAreTheRecipients(@ForAll("rows") List<String> cells) throws Exception {
        ShownFields row = ShownFields.Columns.of(COLUMNS).fieldsOf(cells);
        Recipient recipient = Importer.recipient(7, COLUMNS, cells);
        assertEquals(recipient.email(), row.email());
        assertEquals(recipient.email().toLowerCase(Locale.ROOT), row.emailKey());
        assertEquals(recipient.displayName(), row.name());
        assertEquals(String.join(";", recipient.segments()), row.segment());
        assertEquals(DATA_BINDING.writeValueAsString(cells), ENCODER.encode(cells)); // what the store wrote before CellEncoder
        assertEquals(recipient.consent() == null ? "" : recipient.consent().strip(), row.consent());
    }

    @Provide
    Arbitrary<List<String>> rows() {
        Arbitrary<String> cell = Arbitraries.oneOf(Arbitraries.of("", " ", ";", " a ; ;b", "Zoë", "x@y.org ",
                        "fname", " Ünïcode@Example.ORG", "İstanbul@x.tr", "quote\"back\\slash\u0001"),
                Arbitraries.strings().withChars(" ;aZ\t@.\"é").ofMaxLength(6));
        return cell.list().ofMinSize(0).ofMaxSize(COLUMNS.size());
    }

    @Test
    void emailKeysFindEveryRepeatAcrossGrowth() {
        EmailKeys keys = new EmailKeys();
        Set<String> exact = new HashSet<>();
        for (int i = 0; i < 300_000; i++) {
            String key = "person" + (i * 7919 % 250_000) + "@example.com";
            assertEquals(exact.add(key), keys.add(key, i + 1) == 0, key);
        }
        assertEquals(exact.size(), keys.size());
        assertEquals(1, keys.add("person0@example.com", 300_001), "the first row with that key");
        assertEquals(0, keys.add("someone.new@example.com", 300_002));
    }
}
