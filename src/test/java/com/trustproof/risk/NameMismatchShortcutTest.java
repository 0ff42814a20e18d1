package com.trustproof.risk;

import com.trustproof.model.Recipient;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * value.name-mismatch answers 0 at once when a letter run of an ASCII local part agrees with the
 * first name, without building the parts: it must answer what the part-by-part judgement answers.
 */
class NameMismatchShortcutTest {
    private static final ValueNameMismatchRule RULE = new ValueNameMismatchRule(RuleFiles.builtIn().get("value.name-mismatch"));
    private static final String[] FIRST = {"Maria", "maria", "MARIA", "Mar", "Ma", "M", "Mariana", "John", "Bob", "Robert",
            "Jos\u00e9", "Zo\u00eb", "Mary Ann", "Al", "Alex", "Alexander", "Info", "a"};
    private static final String[] LOCAL = {"maria", "mar", "ma", "m", "mariana", "maria.lopez", "MARIA.Lopez", "m.lopez",
            "mlopez", "lopez", "robert.smith", "bob.smith", "info", "sales.team", "jos\u00e9.lopez", "jose.lopez", "zoe", "mary.ann",
            "maryann.smith", "alex99", "al.x", "x.maria", "maria+news", "+maria", "lopez+maria", "j.smith", "j0hn", "", "a.b.c",
            "marialopez", "alexander"};
    private static final String[] LAST = {"Lopez", "Smith", "", " lopez "};

    @Test
    void theShortcutAnswersAsTheFullJudgement() {
        Random random = new Random(17);
        int shortcut = 0;
        for (int i = 0; i < 20_000; i++) {
            String first = ValueNameMismatchRule.fold(FIRST[random.nextInt(FIRST.length)].strip());
            String local = LOCAL[random.nextInt(LOCAL.length)];
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("email", local + "@example.com");
            attributes.put("last_name", LAST[random.nextInt(LAST.length)]);
            Recipient recipient = new Recipient(i, local + "@example.com", attributes);
            double full = RULE.judged(first, recipient);
            assertEquals(full, RULE.mismatch(first, recipient), () -> first + " / " + recipient);
            if (full == 0) shortcut++;
        }
        assertTrue(shortcut > 5_000 && shortcut < 19_000, "both answers are common: " + shortcut);
    }
}
