package org.smartjustice.rosters.internal.tasks;

import org.smartjustice.rosters.api.RosterRole;

/** Whom a task goes to: one member, a role in a grid cell, or a grid cell's members. */
public record Target(TargetKind kind, String memberId, RosterRole role, String grid) {
}
