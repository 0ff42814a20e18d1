package com.trustproof.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormulaGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\",\"x\")", "+1", "-2", "@SUM(A1:A2)",
            "\tindented", "\rreturn", "=", "-2+3+cmd|' /C calc'!A0"})
    void formulaStartsGetOneQuote(String value) {
        assertEquals("'" + value, FormulaGuard.neutralize(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"maria@example.com", "Maria", " =not first", "'=already quoted", "1+1",
            "\nnewline first", "¡Hola!", "שלום", "🎉 party", "\"quoted\""})
    void otherValuesAreUntouched(String value) {
        assertEquals(value, FormulaGuard.neutralize(value));
    }

    @Test
    void nullAndEmptyBecomeEmpty() {
        assertEquals("", FormulaGuard.neutralize(null));
        assertEquals("", FormulaGuard.neutralize(""));
    }
}
