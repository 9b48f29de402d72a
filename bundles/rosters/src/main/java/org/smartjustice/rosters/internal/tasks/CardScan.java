package org.smartjustice.rosters.internal.tasks;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.platform.api.schedules.Schedule;
import org.smartjustice.platform.api.schedules.Schedules;
import org.smartjustice.rosters.internal.RostersConfig;

/**
 * Raises yellow and red cards on tasks past their deadlines: a scheduled scan that the platform
 * runs once per period across all nodes, for every tenant. A card is a step like any other, kept
 * and told to the host; the audit log gets one record per scan and tenant that raised cards.
 */
@Component(service = CardScan.class, immediate = true, configurationPid = RostersConfig.PID)
public class CardScan {

    static final String NAME = "task-cards";
    private static final Logger LOG = Logger.getLogger(CardScan.class.getName());

    @Reference
    private Schedules schedules;

    @Reference
    private TaskStore store;

    @Reference
    private TaskEvents events;

    @Reference
    private TaskRevisions revisions;

    @Reference
    private org.smartjustice.platform.api.audit.AuditLog audit;

    private Schedule schedule;
    private int seconds;

    @Activate
    void activate(RostersConfig config) {
        seconds = Math.max(1, config.cardScanSeconds());
        schedule = schedules.schedule(NAME, Duration.ofSeconds(seconds), tenant -> scan());
    }

    @Modified
    void modified(RostersConfig config) {
        if (Math.max(1, config.cardScanSeconds()) != seconds) {
            deactivate();
            activate(config);
        }
    }

    @Deactivate
    void deactivate() {
        if (schedule != null) {
            schedule.close();
            schedule = null;
        }
    }

    /** For operators and tests that cannot wait a period. */
    public void runSoon() {
        Schedule s = schedule;
        if (s != null) {
            s.runSoon();
        }
    }

    /** One raised card, for the audit after the commit. */
    private record Raised(TaskEntity task, Card card, String why) {
    }

    /** Scans the current tenant's tasks; returns how many cards were raised. */
    int scan() {
        LocalDateTime now = UtcTimes.now();
        List<Raised> raised = store.write(em -> {
            List<Raised> cards = new ArrayList<>();
            java.util.Set<String> carded = new java.util.HashSet<>();
            List<TaskEntity> red = store.dueRed(em, now);
            for (TaskEntity t : red) {
                cards.add(new Raised(t, Card.RED, why(t, now, true)));
                carded.add(t.id());
            }
            List<TaskEntity> yellow = store.dueYellow(em, now);
            for (TaskEntity t : yellow) {
                if (!carded.contains(t.id())) {
                    cards.add(new Raised(t, Card.YELLOW, why(t, now, false)));
                }
            }
            for (Raised c : cards) {
                c.task().card = c.card();
                c.task().cardAt = now;
                c.task().updatedAt = now;
                c.task().steps++;
            }
            em.flush();
            for (Raised c : cards) {
                events.step(em, c.task(), TaskAction.CARD, c.task().state, c.why(), null, null, now);
            }
            return cards;
        });
        if (!raised.isEmpty()) {
            revisions.changed();
            // One record per scan and tenant: the steps say which task got which card and when.
            long red = raised.stream().filter(c -> c.card() == Card.RED).count();
            audit.record("rosters.task.card", "tasks", "success", "亮红牌 " + red + " 个、黄牌 " + (raised.size() - red) + " 个："
                    + raised.stream().limit(10).map(c -> c.task().id()).collect(java.util.stream.Collectors.joining("、"))
                    + (raised.size() > 10 ? "…" : ""));
        }
        if (!raised.isEmpty()) {
            LOG.fine(() -> raised.size() + " cards raised");
        }
        return raised.size();
    }

    private static String why(TaskEntity t, LocalDateTime now, boolean red) {
        boolean accepting = t.state == TaskState.DISPATCHED && !(red ? t.acceptRedAt : t.acceptYellowAt).isAfter(now);
        return (accepting ? "签收超时" : "办结超时") + "，亮" + (red ? "红牌" : "黄牌");
    }
}
