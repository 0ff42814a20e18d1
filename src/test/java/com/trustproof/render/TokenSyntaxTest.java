package com.trustproof.render;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokenSyntaxTest {

    @ParameterizedTest
    @CsvSource(delimiter = '¦', value = {
            "{{first_name}}¦0", "Hi *|FNAME|*¦3", "%%FirstName%%¦0", "x {contactfield=firstname}¦2", "a {{first_name}¦2",
            "*|IF:FNAME|*¦0", "John¦-1", "50%% off¦-1", "*|UNSUB|*¦-1", "a | b * c¦-1", "Ann {% if x %}¦4", "O'Brien¦-1"})
    void findsTokenSyntaxInValues(String text, int index) {
        assertEquals(index, TokenSyntax.indexIn(text));
    }
}
