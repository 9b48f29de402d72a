package org.smartjustice.itest;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.nio.file.Path;

import org.junit.Assume;
import org.junit.BeforeClass;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * {@link TenantDataIT} against a real PostgreSQL server, switched on by configuration alone
 * (etc/org.ops4j.datasource-justice.cfg): migrations, multitenancy and validation on PostgreSQL.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PostgresTenantDataIT extends TenantDataIT {

    @BeforeClass
    public static void postgresWanted() {
        Assume.assumeFalse("PostgreSQL itests skipped by -Ditest.skip.postgres=true", Boolean.getBoolean("itest.skip.postgres"));
    }

    @Override
    protected String expectedDatabase() {
        return "PostgreSQL";
    }

    @Override
    @Configuration
    public Option[] config() {
        PostgresServer pg = PostgresServer.start(Path.of(System.getProperty("itest.build.dir"), "postgres"));
        return baseOptions(
                editConfigurationFilePut(DATASOURCE, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver"),
                editConfigurationFilePut(DATASOURCE, "url", pg.jdbcUrl()),
                editConfigurationFilePut(DATASOURCE, "user", PostgresServer.USER),
                editConfigurationFilePut(DATASOURCE, "password", "unused-trust-auth"));
    }
}
