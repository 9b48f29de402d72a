package org.smartjustice.rosters.internal.tasks;

import java.util.List;

import javax.persistence.TypedQuery;

import org.smartjustice.platform.api.problem.Validation;
import org.smartjustice.rosters.api.Duty;

/** The filters of the task list as JPQL. */
record TaskFilter(List<TaskState> states, List<Card> cards, List<Duty> duties, String grid, String street, String member,
                  String month) {

    static TaskFilter of(List<TaskState> states, List<Card> cards, List<Duty> duties, String grid, String street,
                         String member, String month) {
        new Validation().check(street == null || street.matches("\\d{9}"), "street", "应为 9 位乡镇（街道）区划代码")
                .check(month == null || month.matches("\\d{4}-(0[1-9]|1[0-2])"), "month", "应为 yyyy-MM，如 2026-11")
                .maxLength("grid", grid, 32).maxLength("member", member, 36).throwIfInvalid();
        return new TaskFilter(states == null ? List.of() : states, cards == null ? List.of() : cards,
                duties == null ? List.of() : duties, grid, street, member, month);
    }

    String where() {
        StringBuilder w = new StringBuilder(" where 1 = 1");
        if (!states.isEmpty()) {
            w.append(" and t.state in :states");
        }
        if (!cards.isEmpty()) {
            w.append(" and t.card in :cards");
        }
        if (!duties.isEmpty()) {
            w.append(" and t.duty in :duties");
        }
        if (grid != null) {
            w.append(" and t.gridCode = :grid");
        }
        if (street != null) {
            w.append(" and t.streetCode = :street");
        }
        if (member != null) {
            w.append(" and (t.handlerId = :member or exists (select a.id from TaskAssigneeEntity a where a.taskId = t.id"
                    + " and a.memberId = :member))");
        }
        if (month != null) {
            w.append(" and t.month = :month");
        }
        return w.toString();
    }

    <T> TypedQuery<T> bind(TypedQuery<T> q) {
        if (!states.isEmpty()) {
            q.setParameter("states", states);
        }
        if (!cards.isEmpty()) {
            q.setParameter("cards", cards);
        }
        if (!duties.isEmpty()) {
            q.setParameter("duties", duties);
        }
        if (grid != null) {
            q.setParameter("grid", grid);
        }
        if (street != null) {
            q.setParameter("street", street);
        }
        if (member != null) {
            q.setParameter("member", member);
        }
        if (month != null) {
            q.setParameter("month", month);
        }
        return q;
    }
}
