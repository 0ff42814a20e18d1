package com.trustproof.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FieldNamesTest {
    @ParameterizedTest
    @CsvSource({
            "FNAME, first_name", "FirstName, first_name", "First Name, first_name", "contact.firstname, first_name",
            "subscriber.first_name, first_name", "LNAME, last_name", "Email Address, email", "EMAIL, email",
            "TAGS, segment", "Status, consent", "Last Active, last_active", "Favorite Sport, favoritesport",
            "favorite_sport, favoritesport"})
    void mapsEverySpellingToOneName(String raw, String canonical) {
        assertEquals(canonical, FieldNames.canonical(raw));
    }
}
