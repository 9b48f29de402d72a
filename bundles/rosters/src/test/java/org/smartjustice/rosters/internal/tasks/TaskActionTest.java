package org.smartjustice.rosters.internal.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TaskActionTest {

    static Set<TaskState> from(TaskAction action) {
        Set<TaskState> states = EnumSet.noneOf(TaskState.class);
        for (TaskState s : TaskState.values()) {
            if (action.allowedFrom(s)) {
                states.add(s);
            }
        }
        return states;
    }

    @Test
    void theLifecycleRunsDispatchAcceptHandleAnswerVerify() {
        TaskState s = TaskState.DISPATCHED;
        for (TaskAction a : new TaskAction[] { TaskAction.ACCEPT, TaskAction.START, TaskAction.ANSWER, TaskAction.VERIFY }) {
            assertTrue(a.allowedFrom(s), a + " from " + s);
            s = a.next(s);
        }
        assertEquals(TaskState.CLOSED, s);
    }

    @Test
    void verifyingNeedsAnAnswerAndReopeningGoesBackToTheHandler() {
        assertEquals(EnumSet.of(TaskState.ANSWERED), from(TaskAction.VERIFY));
        assertEquals(EnumSet.of(TaskState.ANSWERED), from(TaskAction.REOPEN));
        assertEquals(TaskState.IN_PROGRESS, TaskAction.REOPEN.next(TaskState.ANSWERED));
    }

    @Test
    void membersAnswerWhatTheyAcceptedAndReturnWhatIsWithThem() {
        assertEquals(EnumSet.of(TaskState.DISPATCHED), from(TaskAction.ACCEPT));
        assertEquals(EnumSet.of(TaskState.ACCEPTED, TaskState.IN_PROGRESS), from(TaskAction.ANSWER));
        assertEquals(EnumSet.of(TaskState.DISPATCHED, TaskState.ACCEPTED, TaskState.IN_PROGRESS), from(TaskAction.RETURN));
        assertEquals(TaskState.RETURNED, TaskAction.RETURN.next(TaskState.ACCEPTED));
        assertEquals(EnumSet.of(TaskState.DISPATCHED, TaskState.RETURNED), from(TaskAction.REASSIGN));
        assertEquals(TaskState.DISPATCHED, TaskAction.REASSIGN.next(TaskState.RETURNED));
    }

    @Test
    void stepsThatKeepTheStateAndTheEndsThatAllowNothing() {
        for (TaskAction a : new TaskAction[] { TaskAction.URGE, TaskAction.REQUEST_EXTENSION, TaskAction.GRANT_EXTENSION,
                TaskAction.REFUSE_EXTENSION, TaskAction.CARD }) {
            assertEquals(TaskState.IN_PROGRESS, a.next(TaskState.IN_PROGRESS), a.name());
        }
        for (TaskAction a : TaskAction.values()) {
            assertFalse(a.allowedFrom(TaskState.CLOSED), a + " after closing");
            assertFalse(a.allowedFrom(TaskState.CANCELLED), a + " after cancelling");
        }
        assertFalse(TaskAction.CANCEL.allowedFrom(TaskState.CLOSED));
    }

    @Test
    void whoTakesEachStep() {
        assertEquals(TaskAction.Actor.ASSIGNEE, TaskAction.ACCEPT.actor());
        assertEquals(TaskAction.Actor.HANDLER, TaskAction.ANSWER.actor());
        assertEquals(TaskAction.Actor.DISPATCHER, TaskAction.VERIFY.actor());
        assertEquals(TaskAction.Actor.SYSTEM, TaskAction.CARD.actor());
        assertEquals("rosters.task.request-extension", TaskAction.REQUEST_EXTENSION.eventType());
    }
}
