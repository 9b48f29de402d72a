package org.smartjustice.rosters.internal.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class TaskStatsTest {

    static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 2, 1, 0);
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 20, 0, 0);

    static TaskStats.Fact fact(String street, Integer acceptHours, Integer answerHours, TaskState state, Card card,
                               int returns) {
        return new TaskStats.Fact(street, "g", "MEDIATOR", "DISPUTE_RESOLUTION", T0,
                acceptHours == null ? null : T0.plusHours(acceptHours), answerHours == null ? null : T0.plusHours(answerHours),
                state == TaskState.CLOSED ? T0.plusHours(200) : null, T0.plusDays(2), T0.plusDays(5), returns, card, state);
    }

    @Test
    void ratesCountOnlyTasksWhoseDeadlineCameOrThatWereDone() {
        List<TaskStats.Fact> facts = List.of(
                fact("410102001", 10, 50, TaskState.CLOSED, Card.NONE, 0),          // on time twice
                fact("410102001", 60, 150, TaskState.ANSWERED, Card.YELLOW, 1),     // late twice
                fact("410102001", null, null, TaskState.DISPATCHED, Card.RED, 0),   // overdue, not accepted
                fact("410102002", null, null, TaskState.CANCELLED, Card.NONE, 0));  // not counted in rates
        TaskStats.Report report = TaskStats.of("2026-11", TaskStats.By.STREET, facts, code -> "街道" + code, NOW);
        TaskStats.Row first = report.rows().get(0);
        assertEquals("410102001", first.key());
        assertEquals(3, first.tasks());
        assertEquals(1, first.closed());
        assertEquals(3, first.acceptDue());
        assertEquals(1, first.acceptedOnTime());
        assertEquals(0.333, first.acceptOnTimeRate());
        assertEquals(3, first.finishDue());
        assertEquals(1, first.answeredOnTime());
        assertEquals(35.0, first.meanAcceptHours());
        assertEquals(100.0, first.meanAnswerHours());
        assertEquals(1, first.returns());
        assertEquals(1, first.yellowCards());
        assertEquals(1, first.redCards());
        TaskStats.Row cancelled = report.rows().get(1);
        assertEquals(0, cancelled.acceptDue());
        assertNull(cancelled.acceptOnTimeRate());
        assertEquals(4, report.total().tasks());
    }

    @Test
    void aTaskStillWithinItsDeadlineIsNotLate() {
        TaskStats.Row row = TaskStats.row("*", "合计", List.of(fact("s", null, null, TaskState.DISPATCHED, Card.NONE, 0)),
                T0.plusHours(1));
        assertEquals(0, row.acceptDue());
        assertNull(row.acceptOnTimeRate());
    }
}
