package org.smartjustice.platform.api;

import java.util.List;
import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module of 智慧司法. Each module bundle registers exactly one of these as an OSGi service;
 * the platform discovers it dynamically, so installing or uninstalling the bundle's feature
 * makes the module appear or disappear without a restart.
 */
@ConsumerType
public interface JusticeModule {

    /** Stable id, also the first path segment of its REST resources, e.g. {@code venues}. */
    String id();

    /** zh-CN title, e.g. 阵地管理. */
    String title();

    /** The menu entries the module contributes. */
    List<MenuEntry> menuEntries();

    /**
     * Roles that may use the module's tenant endpoints at all; empty means any caller that may act
     * for the tenant. Finer checks are the module's own.
     */
    default Set<Role> requiredRoles() {
        return Set.of();
    }
}
