package org.smartjustice.platform.api;

import java.util.Objects;
import java.util.Set;

/**
 * One entry that a module contributes to the host platform's menu.
 *
 * @param id     unique across all modules, e.g. {@code venues.list}
 * @param title  zh-CN title shown to users
 * @param icon   icon name understood by the host UI
 * @param path   the host UI route
 * @param order  position among its siblings, ascending
 * @param parent id of the parent entry, or {@code null} for a top-level entry
 * @param roles  roles that see the entry; empty means every caller who may use the module
 */
public record MenuEntry(String id, String title, String icon, String path, int order, String parent,
                        Set<Role> roles) {

    public MenuEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public boolean visibleTo(Principal caller) {
        return roles.isEmpty() || caller.hasAnyRole(roles);
    }
}
