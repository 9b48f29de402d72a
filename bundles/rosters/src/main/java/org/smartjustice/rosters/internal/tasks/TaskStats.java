package org.smartjustice.rosters.internal.tasks;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The monthly figures of dispatch (the basis of the 研判): per street, grid, role or duty, the
 * tasks dispatched in the month, the share accepted and answered within their first deadline
 * (among those whose deadline passed or that were done), mean times, returns and cards.
 */
final class TaskStats {

    enum By { STREET, GRID, ROLE, DUTY }

    /** The columns of a task the figures need. */
    record Fact(String street, String grid, String role, String duty, LocalDateTime dispatchedAt,
                LocalDateTime acceptedAt, LocalDateTime answeredAt, LocalDateTime closedAt, LocalDateTime acceptBy,
                LocalDateTime finishBy, int returns, Card card, TaskState state) {
    }

    @Schema(name = "TaskStatsRow")
    record Row(String key, String name, int tasks, int closed, int acceptDue, int acceptedOnTime, Double acceptOnTimeRate,
               int finishDue, int answeredOnTime, Double finishOnTimeRate, Double meanAcceptHours,
               Double meanAnswerHours, int returns, int yellowCards, int redCards) {
    }

    @Schema(name = "TaskStatsReport")
    record Report(String month, String by, Row total, List<Row> rows) {
    }

    private TaskStats() {
    }

    static Report of(String month, By by, List<Fact> facts, Function<String, String> nameOf, LocalDateTime now) {
        Function<Fact, String> key = switch (by) {
            case STREET -> Fact::street;
            case GRID -> Fact::grid;
            case ROLE -> Fact::role;
            case DUTY -> Fact::duty;
        };
        Map<String, List<Fact>> groups = new TreeMap<>();
        for (Fact f : facts) {
            groups.computeIfAbsent(key.apply(f) == null ? "-" : key.apply(f), k -> new ArrayList<>()).add(f);
        }
        List<Row> rows = new ArrayList<>();
        groups.forEach((k, fs) -> rows.add(row(k, "-".equals(k) ? "未指定" : nameOf.apply(k), fs, now)));
        return new Report(month, by.name().toLowerCase(java.util.Locale.ROOT), row("*", "合计", facts, now), rows);
    }

    static Row row(String key, String name, List<Fact> facts, LocalDateTime now) {
        int closed = 0;
        int acceptDue = 0;
        int acceptedOnTime = 0;
        int finishDue = 0;
        int answeredOnTime = 0;
        int returns = 0;
        int yellow = 0;
        int red = 0;
        long acceptMinutes = 0;
        int accepted = 0;
        long answerMinutes = 0;
        int answered = 0;
        for (Fact f : facts) {
            if (f.state() == TaskState.CLOSED) {
                closed++;
            }
            if (f.state() != TaskState.CANCELLED && (f.acceptedAt() != null || now.isAfter(f.acceptBy()))) {
                acceptDue++;
                if (f.acceptedAt() != null && !f.acceptedAt().isAfter(f.acceptBy())) {
                    acceptedOnTime++;
                }
            }
            if (f.state() != TaskState.CANCELLED && (f.answeredAt() != null || now.isAfter(f.finishBy()))) {
                finishDue++;
                if (f.answeredAt() != null && !f.answeredAt().isAfter(f.finishBy())) {
                    answeredOnTime++;
                }
            }
            if (f.acceptedAt() != null) {
                accepted++;
                acceptMinutes += Duration.between(f.dispatchedAt(), f.acceptedAt()).toMinutes();
            }
            if (f.answeredAt() != null) {
                answered++;
                answerMinutes += Duration.between(f.dispatchedAt(), f.answeredAt()).toMinutes();
            }
            returns += f.returns();
            if (f.card() == Card.YELLOW) {
                yellow++;
            } else if (f.card() == Card.RED) {
                red++;
            }
        }
        return new Row(key, name, facts.size(), closed, acceptDue, acceptedOnTime, rate(acceptedOnTime, acceptDue),
                finishDue, answeredOnTime, rate(answeredOnTime, finishDue),
                accepted == 0 ? null : round(acceptMinutes / 60.0 / accepted), answered == 0 ? null : round(answerMinutes / 60.0 / answered),
                returns, yellow, red);
    }

    private static Double rate(int part, int whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 1000.0;
    }

    private static double round(double hours) {
        return Math.round(hours * 10) / 10.0;
    }
}
