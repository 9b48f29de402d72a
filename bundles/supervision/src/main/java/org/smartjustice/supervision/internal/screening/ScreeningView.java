package org.smartjustice.supervision.internal.screening;

import java.time.OffsetDateTime;
import java.util.List;

import org.smartjustice.platform.api.Label;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.supervision.internal.events.EventView;

/**
 * A screened-in event as supervisors see it in the queue: the event (its timeline in the answer of one),
 * why rules took it, and the decision.
 */
public record ScreeningView(String id, Label status, EventView event, long screenedVersion, List<ScreeningRules.Reason> reasons,
                            OffsetDateTime firstScreenedAt, OffsetDateTime screenedAt, Decision decision, long version) {

    /** Who decided, when, and the note (a dismissal's reason). */
    public record Decision(String by, String byName, OffsetDateTime at, String note) {
    }

    static ScreeningView of(ScreeningEntity s, EventView event) {
        Decision decision = s.decidedAt == null && s.decisionNote == null ? null
                : new Decision(s.decidedBy, s.decidedByName, UtcTimes.toOffset(s.decidedAt), s.decisionNote);
        return new ScreeningView(s.id(), Label.of(s.status), event, s.eventVersion, ScreeningService.fromJson(s.reasons),
                UtcTimes.toOffset(s.firstScreenedAt), UtcTimes.toOffset(s.screenedAt), decision, s.version());
    }
}
