package org.smartjustice.rosters.api;

import java.util.Collection;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The roster's placement of people, for the tenant of the current request, so that another module
 * (the academy's learning hours per role, grid cell and street) can group what they did without
 * reading rosters' tables. Rosters implements it; a consumer binds it optionally.
 */
@ProviderType
public interface RosterPlacements {

    /** Members on duty among these host user ids, by host user id; a person who is not one is absent. */
    Map<String, Placement> placementsOf(Collection<String> hostUserIds);
}
