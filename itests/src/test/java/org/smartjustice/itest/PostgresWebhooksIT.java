package org.smartjustice.itest;


import static org.junit.Assert.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.Assume;
import org.junit.BeforeClass;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * {@link WebhooksIT} against PostgreSQL with its default max_prepared_transactions = 0: a module's
 * write and its events commit and roll back together without two-phase commit.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PostgresWebhooksIT extends WebhooksIT {

    @BeforeClass
    public static void postgresWanted() {
        Assume.assumeFalse("PostgreSQL itests skipped by -Ditest.skip.postgres=true", Boolean.getBoolean("itest.skip.postgres"));
    }

    @Override
    @Configuration
    public Option[] config() {
        return baseOptions(PostgresServer.asTheDatabase());
    }

    /** What makes the commits above proof that no two-phase commit happened: the server has none. */
    @Test
    public void theServerAllowsNoPreparedTransactions() throws Exception {
        try (Connection c = dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("show max_prepared_transactions")) {
            rs.next();
            assertEquals("0", rs.getString(1));
        }
    }
}
