package org.smartjustice.rosters.internal.tasks;

import java.time.OffsetDateTime;

import org.smartjustice.rosters.api.Duty;

/**
 * A task as a dispatcher sends it.
 *
 * @param externalId the host's own id: sending the same one again answers the task already made
 * @param grid       where it happens, when the target does not say (a member target)
 * @param dueAt      the finishing deadline, when the dispatcher sets one; else the tenant's rule
 */
public record TaskInput(String externalId, String title, String description, Duty duty, Urgency urgency, Double lon,
                        Double lat, String crs, String grid, Target target, OffsetDateTime dueAt) {
}
