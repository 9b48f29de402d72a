package org.smartjustice.platform.internal.persistence;

import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.persistence.SchemaMigrator;

/**
 * Runs each schema's versioned migrations with Flyway against the platform's DataSource, keeping a
 * history table per schema ({@code schema_history_<schema>}) so modules migrate independently.
 */
@Component(service = SchemaMigrator.class)
public class FlywayMigrator implements SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(FlywayMigrator.class.getName());
    private static final Pattern SCHEMA = Pattern.compile("[a-z][a-z0-9_]{0,40}");

    @Reference(target = "(osgi.jndi.service.name=justice)")
    private DataSource dataSource;

    @Override
    public synchronized int migrate(String schema, Bundle bundle) {
        if (!SCHEMA.matcher(schema).matches()) {
            throw new IllegalArgumentException("schema id must match " + SCHEMA + ": " + schema);
        }
        BundleMigrations migrations = new BundleMigrations(bundle, "db/migration/" + schema);
        if (migrations.isEmpty()) {
            throw new IllegalStateException("bundle " + bundle.getSymbolicName() + " has no migrations in db/migration/" + schema);
        }
        // Flyway finds its database support through ServiceLoader in its own bundle.
        Flyway flyway = Flyway.configure(Flyway.class.getClassLoader())
                .dataSource(dataSource)
                .table("schema_history_" + schema)
                .resourceProvider(migrations)
                .javaMigrationClassProvider(() -> List.of())
                // Schemas share one database schema, so another schema's tables are already there
                // when a module migrates for the first time: start its history at version 0.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        MigrateResult result = flyway.migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info(() -> "schema " + schema + ": applied " + result.migrationsExecuted + " migration(s), now at "
                    + result.targetSchemaVersion);
        }
        return result.migrationsExecuted;
    }
}
