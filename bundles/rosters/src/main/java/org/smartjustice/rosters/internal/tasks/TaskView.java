package org.smartjustice.rosters.internal.tasks;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.platform.api.Label;

/**
 * A task as the API shows it. {@code assignees} (who it was sent to) and {@code steps} (its history)
 * are shown to the district's task readers; members see their own task without the others.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaskView(String id, String externalId, String title, String description, Label duty, Label urgency,
                       Point location, String grid, String gridName, String communityCode, String streetCode,
                       TargetView target, Label resolvedAt, Label state, Person handler, List<Assignee> assignees,
                       String dispatcher, String dispatcherName, Deadline deadlines, Label card, OffsetDateTime cardAt,
                       int urgeCount, int returnCount, String lastReason, ExtensionView extension, Answer answer,
                       OffsetDateTime dispatchedAt, OffsetDateTime acceptedAt, OffsetDateTime answeredAt,
                       OffsetDateTime closedAt, long version, OffsetDateTime updatedAt, List<StepView> steps) {

    @Schema(name = "TaskPoint")
    public record Point(double lon, double lat) {

        static Point of(Double lon, Double lat) {
            return lon == null || lat == null ? null : new Point(lon, lat);
        }
    }

    public record TargetView(Label kind, String memberId, Label role, String grid) {
    }

    @Schema(name = "TaskHandler")
    public record Person(String id, String name) {
    }

    public record Assignee(String id, String name, boolean awaiting) {
    }

    /** acceptBy/finishBy: the yellow-card deadlines; the red ones after them; next: what it waits on now. */
    @Schema(name = "TaskDeadlines")
    public record Deadline(OffsetDateTime acceptBy, OffsetDateTime acceptRedAt, OffsetDateTime finishBy,
                           OffsetDateTime finishRedAt, OffsetDateTime next) {
    }

    public record ExtensionView(Label state, OffsetDateTime until) {
    }

    @Schema(name = "TaskAnswer")
    public record Answer(String text, Point location, OffsetDateTime at) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StepView(int seq, Label action, Label from, Label to, String actorName, String memberId,
                           OffsetDateTime at, String text, Point location) {

        static StepView of(TaskStepEntity s) {
            return new StepView(s.seq, Label.of(s.action), s.fromState == null ? null : Label.of(s.fromState),
                    Label.of(s.toState), s.actorName, s.memberId, UtcTimes.toOffset(s.at), s.text, Point.of(s.lon, s.lat));
        }
    }

    /**
     * @param handlerName the handler's name, or null
     * @param assignees   null to leave them out (a member's view)
     * @param steps       null to leave them out (lists)
     */
    static TaskView of(TaskEntity t, String gridName, String handlerName, List<Assignee> assignees, List<StepView> steps) {
        return new TaskView(t.id(), t.externalId, t.title, t.description, Label.of(t.duty), Label.of(t.urgency),
                Point.of(t.lon, t.lat), t.gridCode, gridName, t.communityCode, t.streetCode,
                new TargetView(Label.of(t.targetKind), t.targetMemberId, t.targetRole == null ? null : Label.of(t.targetRole),
                        t.targetGridCode),
                Label.of(t.resolvedAt), Label.of(t.state), t.handlerId == null ? null : new Person(t.handlerId, handlerName),
                assignees, t.dispatcher, t.dispatcherName,
                new Deadline(UtcTimes.toOffset(t.acceptYellowAt), UtcTimes.toOffset(t.acceptRedAt),
                        UtcTimes.toOffset(t.finishYellowAt), UtcTimes.toOffset(t.finishRedAt), UtcTimes.toOffset(t.nextDueAt)),
                Label.of(t.card), UtcTimes.toOffset(t.cardAt), t.urgeCount, t.returnCount, t.lastReason,
                t.extension == ExtensionState.NONE ? null : new ExtensionView(Label.of(t.extension), UtcTimes.toOffset(t.extensionUntil)),
                t.answeredAt == null && t.answerText == null ? null
                        : new Answer(t.answerText, Point.of(t.answerLon, t.answerLat), UtcTimes.toOffset(t.answeredAt)),
                UtcTimes.toOffset(t.dispatchedAt), UtcTimes.toOffset(t.acceptedAt), UtcTimes.toOffset(t.answeredAt),
                UtcTimes.toOffset(t.closedAt), t.version(), UtcTimes.toOffset(t.updatedAt), steps);
    }
}
