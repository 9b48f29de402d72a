package org.smartjustice.supervision.internal.events;

import java.time.OffsetDateTime;
import java.util.List;

import org.smartjustice.platform.api.Label;
import org.smartjustice.platform.api.identifiers.PhoneNumbers;
import org.smartjustice.platform.api.persistence.UtcTimes;

/**
 * A grid event as readers are shown it. The reporter is always masked in this slice ({@code 张*},
 * {@code 138****1234}); {@code timeline} and {@code versions} only in the answer of one event.
 */
public record EventView(String id, String source, String eventId, long eventVersion, Category category, String title,
                        String description, Place place, OffsetDateTime reportedAt, Reporter reporter, Label state,
                        Department department, String result, Integer satisfaction, int returns, boolean overdue,
                        List<TimelineStep> timeline, List<StoredVersion> versions, OffsetDateTime createdAt,
                        OffsetDateTime updatedAt) {

    /** {@code standard}: one of the national classification (GB/T 47678.5); else the host's own. */
    public record Category(String code, String name, boolean standard) {
    }

    public record Place(String street, String community, String gridCode, Double lon, Double lat) {
    }

    public record Reporter(String name, String phone, boolean masked) {
    }

    public record Department(String name, String org) {
    }

    public record TimelineStep(String step, String title, OffsetDateTime at, String unit) {
    }

    public record StoredVersion(long version, String channel, OffsetDateTime receivedAt) {
    }

    static EventView of(EventEntity e) {
        return of(e, null, null);
    }

    static EventView of(EventEntity e, List<TimelineStep> timeline, List<StoredVersion> versions) {
        Reporter reporter = e.reporterName == null && e.reporterPhone == null ? null
                : new Reporter(maskName(e.reporterName), PhoneNumbers.mask(e.reporterPhone), true);
        Place place = e.street == null && e.community == null && e.gridCode == null && e.lon == null ? null
                : new Place(e.street, e.community, e.gridCode, e.lon, e.lat);
        Department department = e.departmentName == null && e.departmentOrg == null ? null
                : new Department(e.departmentName, e.departmentOrg);
        return new EventView(e.id(), e.source, e.eventId, e.eventVersion, new Category(e.categoryCode, e.categoryName,
                e.categoryStandard), e.title, e.description, place, UtcTimes.toOffset(e.reportedAt), reporter,
                Label.of(e.state), department, e.result, e.satisfaction, e.returns, e.overdue, timeline, versions,
                UtcTimes.toOffset(e.createdAt), UtcTimes.toOffset(e.updatedAt));
    }

    static List<TimelineStep> timeline(EventEntity e) {
        return EventEntity.stepsOf(e.steps).stream()
                .map(s -> new TimelineStep(s.step().name(), s.step().title(), UtcTimes.toOffset(s.at()), s.unit())).toList();
    }

    /** A person's name as every reader sees it here: the first character, then one {@code *} for each other. */
    public static String maskName(String name) {
        if (name == null) {
            return null;
        }
        int[] cps = name.strip().codePoints().toArray();
        if (cps.length <= 1) {
            return "*";
        }
        return new String(cps, 0, 1) + "*".repeat(cps.length - 1);
    }
}
