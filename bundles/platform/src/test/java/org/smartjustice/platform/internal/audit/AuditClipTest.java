package org.smartjustice.platform.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AuditClipTest {

    @Test
    void fieldsAreCutToTheirColumnsWithoutSplittingACharacter() {
        assertNull(AuditService.clip(null, 5));
        assertEquals("abcde", AuditService.clip("abcde", 5));
        assertEquals("abcd…", AuditService.clip("abcdefgh", 5));
        String path = "DELETE /api/v1/t/410102/rosters/members/" + "B".repeat(150);
        assertEquals(128, AuditService.clip(path, 128).length());
        // An emoji is two UTF-16 units: it is cut whole, never in half.
        assertEquals("abc…", AuditService.clip("abc😀def", 5));
    }
}
