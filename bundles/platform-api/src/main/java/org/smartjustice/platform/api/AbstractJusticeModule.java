package org.smartjustice.platform.api;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A module that is its id, title, menu and roles and nothing else, as most are: extend it and pass
 * them to the constructor (entries built with {@link MenuEntry#of(String, String)}).
 */
public abstract class AbstractJusticeModule implements JusticeModule {

    private final String id;
    private final String title;
    private final Set<Role> requiredRoles;
    private final List<MenuEntry> menuEntries;

    /** @param requiredRoles roles that may use the module at all; empty: any caller of the tenant */
    protected AbstractJusticeModule(String id, String title, Set<Role> requiredRoles, List<MenuEntry> menuEntries) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.requiredRoles = Set.copyOf(requiredRoles);
        this.menuEntries = List.copyOf(menuEntries);
    }

    protected AbstractJusticeModule(String id, String title, MenuEntry... menuEntries) {
        this(id, title, Set.of(), List.of(menuEntries));
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return menuEntries;
    }

    @Override
    public Set<Role> requiredRoles() {
        return requiredRoles;
    }
}
