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

    /**
     * The zh-CN descriptions of the module's request parameters by name ({@code q}: what the search
     * looks in, {@code street}, {@code format}, …), for the OpenAPI document: the module owns its
     * words. The platform describes only what it reads for everyone (tenant, page, size, sort, crs,
     * If-Match); a resource's own {@code @Parameter(description)} wins over both.
     *
     * @since 1.4
     */
    default java.util.Map<String, String> parameters() {
        return java.util.Map.of();
    }
}
