package org.smartjustice.platform.api.divisions;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The division tree of the city, read-only, registered by the platform as a service.
 *
 * <p>A tenant covers the ground of the division of its own code (a district, or the city for the
 * city tenant). A tenant whose code is no division (an operator-chosen one such as 郑东新区, whose
 * streets belong to several districts) covers the whole city: {@link #areaOf(String)}.
 */
@ProviderType
public interface Divisions {

    /** The city at the top of the tree. */
    Division city();

    Optional<Division> find(String code);

    /** The divisions directly below one, in code order; empty for an unknown code or a community. */
    List<Division> children(String code);

    /** Every division of a level below (or at) one, in code order: e.g. the communities of a district. */
    List<Division> within(String code, DivisionLevel level);

    /** Whether {@code code} is {@code ancestor} or lies below it. */
    boolean isWithin(String code, String ancestor);

    /** The division a tenant covers: the one of the same code, else the city. */
    default Division areaOf(String tenant) {
        return find(tenant).orElseGet(this::city);
    }
}
