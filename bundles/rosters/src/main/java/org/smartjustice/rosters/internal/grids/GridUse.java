package org.smartjustice.rosters.internal.grids;

import javax.persistence.EntityManager;

import org.smartjustice.platform.api.divisions.Division;

/**
 * What another concern keeps in a grid cell: members' posts (members), open tasks (tasks). Those
 * concerns implement it, registered with {@link #KIND}, so that grids asks them without depending on
 * them: a cell in use is not deleted, and what is posted in a cell that moves moves along.
 */
public interface GridUse {

    /** The service property naming the use. */
    String KIND = "rosters.grid-use";
    /** Members' posts in the cell. */
    String POSTS = "member-posts";
    /** Tasks not yet closed or cancelled in the cell. */
    String OPEN_TASKS = "open-tasks";

    /** How many stand in the cell, counted in the caller's transaction. */
    long count(EntityManager em, String gridCode);

    /** The cell moved to another community, in the caller's transaction; by default nothing follows. */
    default void moved(EntityManager em, String gridCode, Division community) {
    }
}
