package org.smartjustice.platform.internal.menu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.smartjustice.platform.api.MenuEntry;
import org.smartjustice.platform.api.Principal;
import org.smartjustice.platform.internal.modules.InstalledModule;

/**
 * Builds a tenant's menu: the entries of the modules that are installed, enabled for the tenant
 * and usable by the caller, each entry also filtered by its own roles. An entry whose parent is
 * hidden is hidden too, so the host never receives an orphan.
 */
public final class Menu {

    private Menu() {
    }

    public static List<MenuItem> build(List<InstalledModule> installed, Predicate<String> enabledForTenant,
                                       Principal caller) {
        List<MenuItem> items = new ArrayList<>();
        for (InstalledModule m : installed) {
            if (!enabledForTenant.test(m.id()) || !mayUse(m, caller)) {
                continue;
            }
            List<MenuEntry> visible = m.module().menuEntries().stream().filter(e -> e.visibleTo(caller)).toList();
            for (MenuEntry e : visible) {
                if (e.parent() == null || visible.stream().anyMatch(p -> p.id().equals(e.parent()))) {
                    items.add(new MenuItem(e.id(), m.id(), e.title(), e.icon(), e.path(), e.order(), e.parent()));
                }
            }
        }
        items.sort(Comparator.comparingInt(MenuItem::order).thenComparing(MenuItem::id));
        return items;
    }

    private static boolean mayUse(InstalledModule m, Principal caller) {
        return m.module().requiredRoles().isEmpty() || caller.hasAnyRole(m.module().requiredRoles());
    }
}
