package org.smartjustice.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class MenuEntryTest {

    private static Principal with(Role... roles) {
        return new Principal("u", "u", Set.of(roles), Set.of("410102"));
    }

    @Test
    void entryWithoutRolesIsVisibleToEveryCaller() {
        MenuEntry entry = new MenuEntry("venues.list", "阵地列表", "list", "/venues", 1, null, null);

        assertTrue(entry.visibleTo(with(Role.GRID_WORKER)));
        assertTrue(entry.visibleTo(with()));
    }

    @Test
    void entryWithRolesIsVisibleOnlyToCallersWithOneOfThem() {
        MenuEntry entry = new MenuEntry("venues.admin", "阵地管理", "gear", "/venues/admin", 2, null,
                Set.of(Role.DISTRICT_ADMIN, Role.PLATFORM_OPERATOR));

        assertTrue(entry.visibleTo(with(Role.DISTRICT_ADMIN)));
        assertTrue(entry.visibleTo(with(Role.PLATFORM_OPERATOR, Role.EDITOR)));
        assertFalse(entry.visibleTo(with(Role.EDITOR)));
        assertFalse(entry.visibleTo(Principal.ANONYMOUS));
    }

    @Test
    void theBuilderGivesTheSameEntryAsTheRecord() {
        MenuEntry built = MenuEntry.of("venues.imports", "批量导入").icon("upload").path("/justice/venues/imports").order(10)
                .under("venues").forRoles(Role.DISTRICT_ADMIN).build();
        assertEquals(new MenuEntry("venues.imports", "批量导入", "upload", "/justice/venues/imports", 10, "venues",
                Set.of(Role.DISTRICT_ADMIN)), built);
        assertEquals(Set.of(), MenuEntry.of("venues", "阵地管理").build().roles());
    }
}
