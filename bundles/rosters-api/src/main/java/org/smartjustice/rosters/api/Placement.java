package org.smartjustice.rosters.api;

import java.util.List;

/**
 * Where a person of the roster serves: their roles and, per role, the grid cells with their
 * community and street (a post without a cell — a district lead — has null codes).
 *
 * @param hostUserId the host user id ({@code sub}) the person signs in with
 */
public record Placement(String hostUserId, String name, List<Post> posts) {

    public Placement {
        posts = posts == null ? List.of() : List.copyOf(posts);
    }

    public record Post(RosterRole role, String gridCode, String communityCode, String streetCode) {
    }
}
