package org.smartjustice.rosters.internal.members;

/**
 * What waits on a member who leaves the roster is given back. The tasks concern implements it (its
 * tasks are what waits), so that members asks without depending on tasks.
 */
public interface MemberDepartures {

    /**
     * Gives back what waits on the member, each piece as a step of its own.
     *
     * @return how many were given back
     */
    int release(MemberEntity member, String reason);
}
