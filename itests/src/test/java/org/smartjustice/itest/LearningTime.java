package org.smartjustice.itest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;

/**
 * Learning time for tests that cannot wait for it: the academy credits no more time than its clock
 * saw pass since a learner opened an item or last reported on it, so a test that records an hour
 * moves the learner's record of the item back in time (its {@code opened_at} and {@code last_at}),
 * through the container's DataSource, as if the hour had passed since the last report.
 */
final class LearningTime {

    private LearningTime() {
    }

    /** As if {@code seconds} had passed since the learner's last report on the item (the record must exist: open it first). */
    static void pass(String tenant, String learner, String itemId, long seconds) throws Exception {
        try (Connection c = ItestSupport.dataSource().getConnection()) {
            LocalDateTime opened;
            LocalDateTime last;
            try (PreparedStatement read = c.prepareStatement("select opened_at, last_at from academy_learning"
                    + " where tenant_code = ? and learner = ? and item_id = ?")) {
                read.setString(1, tenant);
                read.setString(2, learner);
                read.setString(3, itemId);
                try (ResultSet r = read.executeQuery()) {
                    if (!r.next()) {
                        throw new AssertionError("no learning record of " + learner + " on " + itemId + " in " + tenant);
                    }
                    opened = r.getObject(1, LocalDateTime.class);
                    last = r.getObject(2, LocalDateTime.class);
                }
            }
            try (PreparedStatement back = c.prepareStatement("update academy_learning set opened_at = ?, last_at = ?"
                    + " where tenant_code = ? and learner = ? and item_id = ?")) {
                back.setObject(1, opened.minusSeconds(seconds));
                back.setObject(2, last.minusSeconds(seconds));
                back.setString(3, tenant);
                back.setString(4, learner);
                back.setString(5, itemId);
                if (back.executeUpdate() != 1) {
                    throw new AssertionError("the learning record of " + learner + " on " + itemId + " was not moved back");
                }
            }
        }
    }
}
