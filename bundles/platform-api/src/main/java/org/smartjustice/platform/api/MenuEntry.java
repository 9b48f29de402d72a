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

    /**
     * An entry built step by step: {@code MenuEntry.of("venues", "阵地管理").icon("environment")
     * .path("/justice/venues").order(100).build()}; children with {@link Builder#under(String)}.
     */
    public static Builder of(String id, String title) {
        return new Builder(id, title);
    }

    public static final class Builder {
        private final String id;
        private final String title;
        private String icon;
        private String path;
        private int order;
        private String parent;
        private Set<Role> roles = Set.of();

        private Builder(String id, String title) {
            this.id = Objects.requireNonNull(id, "id");
            this.title = Objects.requireNonNull(title, "title");
        }

        public Builder icon(String value) {
            icon = value;
            return this;
        }

        /** The host UI route. */
        public Builder path(String value) {
            path = value;
            return this;
        }

        public Builder order(int value) {
            order = value;
            return this;
        }

        /** The parent entry's id. */
        public Builder under(String parentId) {
            parent = parentId;
            return this;
        }

        /** Only callers with one of these roles see the entry. */
        public Builder forRoles(Role... value) {
            roles = Set.of(value);
            return this;
        }

        public MenuEntry build() {
            return new MenuEntry(id, title, icon, path, order, parent, roles);
        }
    }
}
