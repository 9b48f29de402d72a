package org.smartjustice.map.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.MenuEntry;

class MapModuleTest {

    @Test
    void oneMenuEntryForEveryone() {
        MapModule m = new MapModule();
        assertEquals("map", m.id());
        assertEquals("公共法律服务地图", m.title());
        List<MenuEntry> entries = m.menuEntries();
        assertEquals(1, entries.size());
        MenuEntry e = entries.get(0);
        assertEquals("map", e.id());
        assertEquals("公共法律服务地图", e.title());
        assertEquals("/justice/map", e.path());
        assertNull(e.parent());
        assertTrue(e.roles().isEmpty());
        assertTrue(m.requiredRoles().isEmpty());
    }
}
