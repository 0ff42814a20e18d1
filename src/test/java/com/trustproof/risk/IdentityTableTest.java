package com.trustproof.risk;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class IdentityTableTest {
    @Test
    void findsAKeyByTheObjectNotByItsText() {
        IdentityTable<String, Integer> table = new IdentityTable<>();
        String name = "first_name";
        table.put(name, 1);
        assertEquals(1, table.get(name));
        assertNull(table.get(new String("first_name")), "equal text, other object: the caller asks its map");
    }

    @Test
    void keepsNoMoreThanItsSize() {
        IdentityTable<Object, Integer> table = new IdentityTable<>();
        Object[] keys = new Object[IdentityTable.SIZE + 2];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = new Object();
            assertEquals(i, table.put(keys[i], i), "put answers the value, kept or not");
        }
        for (int i = 0; i < IdentityTable.SIZE; i++) assertEquals(i, table.get(keys[i]));
        assertNull(table.get(keys[IdentityTable.SIZE]));
    }
}
