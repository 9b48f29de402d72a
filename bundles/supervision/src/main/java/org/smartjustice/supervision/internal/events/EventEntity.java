package org.smartjustice.supervision.internal.events;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.smartjustice.platform.api.persistence.TenantOwnedEntity;
import org.smartjustice.platform.api.persistence.UtcTimes;

/** A grid event of the tenant at its newest version received; tenant, id and row version from the superclass. */
@Entity
@Table(name = "supervision_event")
public class EventEntity extends TenantOwnedEntity {

    String source;

    @Column(name = "event_id")
    String eventId;

    @Column(name = "event_version")
    long eventVersion;

    @Column(name = "category_code")
    String categoryCode;

    @Column(name = "category_name")
    String categoryName;

    @Column(name = "category_standard")
    boolean categoryStandard;

    String title;

    String description;

    String street;

    String community;

    @Column(name = "grid_code")
    String gridCode;

    Double lon;

    Double lat;

    @Column(name = "reported_at")
    LocalDateTime reportedAt;

    /** yyyymm of {@link #reportedAt} in Beijing time: the month a department's figures count it in. */
    @Column(name = "reported_month")
    int reportedMonth;

    /** Personal: shown masked. */
    @Column(name = "reporter_name")
    String reporterName;

    /** Personal: shown masked. */
    @Column(name = "reporter_phone")
    String reporterPhone;

    @Enumerated(EnumType.STRING)
    EventStep state;

    /** One step a line: STEP, tab, UTC time, tab, unit. */
    String steps;

    @Column(name = "department_name")
    String departmentName;

    @Column(name = "department_org")
    String departmentOrg;

    String result;

    Integer satisfaction;

    @Column(name = "returns_count")
    int returns;

    boolean overdue;

    @Column(name = "created_at")
    LocalDateTime createdAt;

    @Column(name = "updated_at")
    LocalDateTime updatedAt;

    void apply(EventRules.Checked c, LocalDateTime now) {
        source = c.source();
        eventId = c.eventId();
        eventVersion = c.version();
        categoryCode = c.categoryCode();
        categoryName = c.categoryName();
        categoryStandard = c.categoryStandard();
        title = c.title();
        description = c.description();
        street = c.street();
        community = c.community();
        gridCode = c.gridCode();
        lon = c.lon();
        lat = c.lat();
        reportedAt = c.reportedAt();
        reportedMonth = monthOf(reportedAt);
        reporterName = c.reporterName();
        reporterPhone = c.reporterPhone();
        state = c.state();
        steps = storeSteps(c.steps());
        departmentName = c.departmentName();
        departmentOrg = c.departmentOrg();
        result = c.result();
        satisfaction = c.satisfaction();
        returns = c.returns();
        overdue = c.overdue();
        updatedAt = now;
    }

    /** yyyymm of a UTC time in Beijing time. */
    public static int monthOf(LocalDateTime utc) {
        LocalDateTime local = UtcTimes.toOffset(utc).atZoneSameInstant(UtcTimes.DISPLAY_ZONE).toLocalDateTime();
        return local.getYear() * 100 + local.getMonthValue();
    }

    static String storeSteps(List<EventRules.Step> steps) {
        if (steps == null || steps.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (EventRules.Step s : steps) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(s.step().name()).append('\t').append(s.at()).append('\t').append(s.unit() == null ? "" : s.unit());
        }
        return b.toString();
    }

    static List<EventRules.Step> stepsOf(String stored) {
        List<EventRules.Step> steps = new ArrayList<>();
        if (stored == null || stored.isEmpty()) {
            return steps;
        }
        for (String line : stored.split("\n")) {
            String[] parts = line.split("\t", -1);
            steps.add(new EventRules.Step(EventStep.valueOf(parts[0]), LocalDateTime.parse(parts[1]),
                    parts.length > 2 && !parts[2].isEmpty() ? parts[2] : null));
        }
        return steps;
    }
}
