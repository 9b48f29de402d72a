package org.smartjustice.itest;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.nio.file.Path;

import org.junit.Assume;
import org.junit.BeforeClass;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** {@link RostersIT} against PostgreSQL: the same queries, steps, scans and webhooks on the production database. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PostgresRostersIT extends RostersIT {

    @BeforeClass
    public static void postgresWanted() {
        Assume.assumeFalse("PostgreSQL itests skipped by -Ditest.skip.postgres=true", Boolean.getBoolean("itest.skip.postgres"));
    }

    @Override
    @Configuration
    public Option[] config() {
        PostgresServer pg = PostgresServer.start(Path.of(System.getProperty("itest.build.dir"), "postgres"));
        return baseOptions(OptionUtils.combine(pg.forContainer(),
                editConfigurationFilePut(DATASOURCE, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver"),
                editConfigurationFilePut(DATASOURCE, "url", pg.jdbcUrl() + "?connectTimeout=2&socketTimeout=30"),
                editConfigurationFilePut(DATASOURCE, "user", PostgresServer.USER),
                editConfigurationFilePut(DATASOURCE, "password", "unused-trust-auth")));
    }
}
