package org.smartjustice.platform.api.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LikeTest {

    @Test
    void wildcardsOfTheCallerAreTakenLiterally() {
        assertEquals("%100\\%%", Like.containing(" 100% "));
        assertEquals("%a\\_b\\\\c%", Like.containing("a_b\\c"));
        assertEquals("%司法所%", Like.containing("司法所"));
    }

    @Test
    void escapeEscapesWildcardsAndTheEscapeCharacter() {
        assertEquals("100\\%", Like.escape("100%"));
        assertEquals("a\\_b", Like.escape("a_b"));
        assertEquals("c:\\\\x", Like.escape("c:\\x"));
        assertEquals("\\\\\\%", Like.escape("\\%"));
        assertEquals("中原公证处", Like.escape("中原公证处"));
    }

    @Test
    void noTextIsNoPattern() {
        assertNull(Like.containing(null));
        assertNull(Like.containing("  "));
    }
}
