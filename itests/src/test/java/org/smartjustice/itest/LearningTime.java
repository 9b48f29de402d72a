package org.smartjustice.itest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Learning time for tests that cannot wait for it: the academy credits no more time than its clock
 * saw pass since a learner opened an item or last reported on any item (one person, one clock), so a
 * test that records an hour moves every record of the learner back in time (their {@code opened_at}
 * and {@code last_at}), through the container's DataSource, as if the hour had passed.
 */
final class LearningTime {

    private LearningTime() {
    }

    /**
     * As if {@code seconds} had passed since the learner's last report (the learner's record of
     * {@code itemId} must exist: open it first).
     */
    static void pass(String tenant, String learner, String itemId, long seconds) throws Exception {
        try (Connection c = ItestSupport.dataSource().getConnection()) {
            Map<String, LocalDateTime[]> rows = new LinkedHashMap<>();
            boolean opened = false;
            try (PreparedStatement read = c.prepareStatement("select id, item_id, opened_at, last_at from academy_learning"
                    + " where tenant_code = ? and learner = ?")) {
                read.setString(1, tenant);
                read.setString(2, learner);
                try (ResultSet r = read.executeQuery()) {
                    while (r.next()) {
                        opened |= itemId.equals(r.getString(2));
                        rows.put(r.getString(1), new LocalDateTime[] { r.getObject(3, LocalDateTime.class),
                                r.getObject(4, LocalDateTime.class) });
                    }
                }
            }
            if (!opened) {
                throw new AssertionError("no learning record of " + learner + " on " + itemId + " in " + tenant);
            }
            try (PreparedStatement back = c.prepareStatement("update academy_learning set opened_at = ?, last_at = ? where id = ?")) {
                for (Map.Entry<String, LocalDateTime[]> row : rows.entrySet()) {
                    back.setObject(1, row.getValue()[0].minusSeconds(seconds));
                    back.setObject(2, row.getValue()[1].minusSeconds(seconds));
                    back.setString(3, row.getKey());
                    if (back.executeUpdate() != 1) {
                        throw new AssertionError("the learning record " + row.getKey() + " of " + learner + " was not moved back");
                    }
                }
            }
        }
    }
}
