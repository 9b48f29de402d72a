package org.smartjustice.platform.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ServletGuardTest {

    @Test
    void readsTheCharsetParameterOfAContentType() {
        assertEquals("bogus", ServletGuard.charsetOf("application/json; charset=bogus"));
        assertEquals("UTF-8", ServletGuard.charsetOf("application/json;Charset=\"UTF-8\""));
        assertEquals("", ServletGuard.charsetOf("text/csv; charset="));
        assertNull(ServletGuard.charsetOf("application/json"));
        assertNull(ServletGuard.charsetOf(null));
    }

    @Test
    void knowsWhichCharsetsExist() {
        assertTrue(ServletGuard.supported("UTF-8"));
        assertTrue(ServletGuard.supported("GB18030"));
        assertFalse(ServletGuard.supported("bogus"));
        assertFalse(ServletGuard.supported("a b"));
        assertFalse(ServletGuard.supported(""));
    }

    @Test
    void knowsTheCharactersAUriMayHold() {
        assertTrue(ServletGuard.uriCharacters("/api/v1/t/410102/venues"));
        assertTrue(ServletGuard.uriCharacters("q=%E5%8F%B8%E6%B3%95&type=JUSTICE_OFFICE&size=20"));
        assertTrue(ServletGuard.uriCharacters(null));
        for (String bad : new String[] { "/api/v1/t/410102/<x", "/a\"b", "/a b", "/a|b", "/a{b}", "/a^b", "/a`b",
                "/a\\b", "/司法" }) {
            assertFalse(ServletGuard.uriCharacters(bad), bad);
        }
    }

    @Test
    void knowsAWellFormedPercentEscape() {
        assertTrue(ServletGuard.escapes("q=%E5%8F%B8&x=1"));
        assertTrue(ServletGuard.escapes(null));
        for (String bad : new String[] { "q=%zz", "q=%", "q=%4", "%zz=1", "q=a%2" }) {
            assertFalse(ServletGuard.escapes(bad), bad);
        }
    }
}
