package org.smartjustice.platform.internal.menu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.JusticeModule;
import org.smartjustice.platform.api.MenuEntry;
import org.smartjustice.platform.api.Principal;
import org.smartjustice.platform.api.Role;
import org.smartjustice.platform.internal.modules.InstalledModule;

class MenuTest {

    record TestModule(String id, String title, List<MenuEntry> menuEntries, Set<Role> requiredRoles)
            implements JusticeModule {
    }

    private static InstalledModule module(String id, Set<Role> requiredRoles, MenuEntry... entries) {
        return new InstalledModule(new TestModule(id, id + "模块", List.of(entries), requiredRoles),
                "org.smartjustice." + id, "0.1.0");
    }

    private static MenuEntry entry(String id, int order, String parent, Role... roles) {
        return new MenuEntry(id, id + "标题", "icon", "/" + id.replace('.', '/'), order, parent, Set.of(roles));
    }

    private static Principal caller(Role... roles) {
        return new Principal("u", "u", Set.of(roles), Set.of("410102"));
    }

    private static List<String> ids(List<MenuItem> items) {
        return items.stream().map(MenuItem::id).toList();
    }

    private static final Predicate<String> ALL_ENABLED = m -> true;

    @Test
    void onlyModulesEnabledForTheTenantContribute() {
        List<InstalledModule> installed = List.of(
                module("venues", Set.of(), entry("venues.list", 1, null)),
                module("academy", Set.of(), entry("academy.list", 2, null)));

        List<MenuItem> menu = Menu.build(installed, "venues"::equals, caller(Role.DISTRICT_ADMIN));

        assertEquals(List.of("venues.list"), ids(menu));
    }

    @Test
    void itemCarriesTheEntryAndItsModule() {
        List<MenuItem> menu = Menu.build(List.of(module("venues", Set.of(), entry("venues.list", 10, null))),
                ALL_ENABLED, caller());

        assertEquals(List.of(new MenuItem("venues.list", "venues", "venues.list标题", "icon", "/venues/list", 10, null)),
                menu);
    }

    @Test
    void moduleRequiringRolesIsHiddenFromOtherCallers() {
        List<InstalledModule> installed = List.of(
                module("supervision", Set.of(Role.SUPERVISOR, Role.CITY_SUPERVISOR), entry("supervision.cases", 1, null)),
                module("venues", Set.of(), entry("venues.list", 2, null)));

        assertEquals(List.of("venues.list"), ids(Menu.build(installed, ALL_ENABLED, caller(Role.EDITOR))));
        assertEquals(List.of("supervision.cases", "venues.list"),
                ids(Menu.build(installed, ALL_ENABLED, caller(Role.CITY_SUPERVISOR))));
    }

    @Test
    void entryRolesFilterEntriesWithinAModule() {
        List<InstalledModule> installed = List.of(module("venues", Set.of(),
                entry("venues.list", 1, null),
                entry("venues.import", 2, null, Role.DISTRICT_ADMIN)));

        assertEquals(List.of("venues.list"), ids(Menu.build(installed, ALL_ENABLED, caller(Role.GRID_WORKER))));
        assertEquals(List.of("venues.list", "venues.import"),
                ids(Menu.build(installed, ALL_ENABLED, caller(Role.DISTRICT_ADMIN))));
    }

    @Test
    void childIsHiddenWhenItsParentIsHidden() {
        List<InstalledModule> installed = List.of(module("academy", Set.of(),
                entry("academy.admin", 1, null, Role.EDITOR),
                entry("academy.admin.drafts", 2, "academy.admin"),
                entry("academy.courses", 3, null)));

        assertEquals(List.of("academy.courses"), ids(Menu.build(installed, ALL_ENABLED, caller(Role.GRID_WORKER))));
        assertEquals(List.of("academy.admin", "academy.admin.drafts", "academy.courses"),
                ids(Menu.build(installed, ALL_ENABLED, caller(Role.EDITOR))));
    }

    @Test
    void childWithAnUnknownParentIsHidden() {
        List<InstalledModule> installed = List.of(module("venues", Set.of(),
                entry("venues.list", 1, null), entry("venues.orphan", 2, "venues.missing")));

        assertEquals(List.of("venues.list"), ids(Menu.build(installed, ALL_ENABLED, caller())));
    }

    @Test
    void grandchildIsHiddenWhenItsGrandparentIsHidden() {
        List<InstalledModule> installed = List.of(module("academy", Set.of(),
                entry("academy.admin", 1, null, Role.EDITOR),
                entry("academy.admin.drafts", 2, "academy.admin"),
                entry("academy.admin.drafts.old", 3, "academy.admin.drafts")));

        assertEquals(List.of(), ids(Menu.build(installed, ALL_ENABLED, caller(Role.GRID_WORKER))));
    }

    @Test
    void itemsAreSortedByOrderThenId() {
        List<InstalledModule> installed = List.of(
                module("venues", Set.of(), entry("venues.b", 2, null), entry("venues.a", 2, null)),
                module("map", Set.of(), entry("map.view", 1, null), entry("map.z", 3, null)));

        assertEquals(List.of("map.view", "venues.a", "venues.b", "map.z"),
                ids(Menu.build(installed, ALL_ENABLED, caller())));
    }

    @Test
    void noModulesGiveAnEmptyMenu() {
        assertEquals(List.of(), Menu.build(List.of(), ALL_ENABLED, caller(Role.PLATFORM_OPERATOR)));
    }
}
