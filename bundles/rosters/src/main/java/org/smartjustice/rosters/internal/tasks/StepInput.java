package org.smartjustice.rosters.internal.tasks;

import java.time.OffsetDateTime;

/**
 * What a step says: a text (an answer, a reason, a note), a place (an answer's), a new finishing
 * deadline (an extension request), a new target (a reassignment), and the version it is based on.
 */
public record StepInput(String text, Double lon, Double lat, String crs, OffsetDateTime until, Target target,
                        Long version) {

    public static final StepInput EMPTY = new StepInput(null, null, null, null, null, null, null);
}
