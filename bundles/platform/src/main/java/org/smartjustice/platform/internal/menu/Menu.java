package org.smartjustice.platform.internal.menu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
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
            for (MenuEntry e : reachable(m.module().menuEntries(), caller)) {
                items.add(new MenuItem(e.id(), m.id(), e.title(), e.icon(), e.path(), e.order(), e.parent()));
            }
        }
        items.sort(Comparator.comparingInt(MenuItem::order).thenComparing(MenuItem::id));
        return items;
    }

    /** The entries the caller sees whose every ancestor the caller sees too. */
    private static List<MenuEntry> reachable(List<MenuEntry> entries, Principal caller) {
        List<MenuEntry> visible = entries.stream().filter(e -> e.visibleTo(caller)).toList();
        Set<String> added = new HashSet<>();
        List<MenuEntry> result = new ArrayList<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (MenuEntry e : visible) {
                if (!added.contains(e.id()) && (e.parent() == null || added.contains(e.parent()))) {
                    added.add(e.id());
                    result.add(e);
                    grew = true;
                }
            }
        }
        return result;
    }

    private static boolean mayUse(InstalledModule m, Principal caller) {
        return m.module().requiredRoles().isEmpty() || caller.hasAnyRole(m.module().requiredRoles());
    }
}
