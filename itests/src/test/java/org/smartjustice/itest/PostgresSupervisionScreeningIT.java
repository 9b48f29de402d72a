package org.smartjustice.itest;

import org.junit.Assume;
import org.junit.BeforeClass;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** {@link SupervisionScreeningIT} against PostgreSQL: the V3 migration, the join of the queue, the grouped figures and the version marks on the production database. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PostgresSupervisionScreeningIT extends SupervisionScreeningIT {

    @BeforeClass
    public static void postgresWanted() {
        Assume.assumeFalse("PostgreSQL itests skipped by -Ditest.skip.postgres=true", Boolean.getBoolean("itest.skip.postgres"));
    }

    @Override
    @Configuration
    public Option[] config() {
        return baseOptions(PostgresServer.asTheDatabase());
    }
}
