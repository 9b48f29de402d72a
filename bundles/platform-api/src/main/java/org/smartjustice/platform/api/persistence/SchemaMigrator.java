package org.smartjustice.platform.api.persistence;

import org.osgi.annotation.versioning.ProviderType;
import org.osgi.framework.Bundle;

/**
 * Brings a bundle's tables up to date with its versioned migrations before the bundle uses them.
 * Migrations are SQL files named {@code V<n>__<description>.sql} under {@code db/migration/<schema>}
 * in the bundle; each schema keeps its own history table, so modules migrate independently.
 */
@ProviderType
public interface SchemaMigrator {

    /**
     * Applies the pending migrations of {@code schema} found in {@code bundle}.
     *
     * @return the number of migrations applied
     */
    int migrate(String schema, Bundle bundle);
}
