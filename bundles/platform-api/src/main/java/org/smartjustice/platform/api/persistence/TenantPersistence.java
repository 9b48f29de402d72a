package org.smartjustice.platform.api.persistence;

import java.util.Optional;

import org.apache.aries.jpa.template.EmFunction;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A module's tables, for the tenant of the current request (or task). The platform registers one
 * per persistence unit named {@code justice-<module>}, with the service property
 * {@code osgi.unit.name}, once it has run that bundle's migrations ({@code db/migration/<module>}):
 * a component that references it never sees an old schema. Every callback runs with the tenant
 * set on the entity manager, so EclipseLink's multitenancy (entities extending
 * {@link TenantOwnedEntity}) filters every query and stamps every insert; without a tenant
 * nothing runs.
 */
@ProviderType
public interface TenantPersistence {

    /** The service property naming the persistence unit, as Aries JPA names it. */
    String UNIT = "osgi.unit.name";

    /** Runs a read in the current transaction, or in none. */
    <R> R read(EmFunction<R> work);

    /** Runs a write in the current transaction, or in a new one. */
    <R> R write(EmFunction<R> work);

    /**
     * Runs a read as the city tenant ({@link org.smartjustice.platform.api.Tenant#CITY}), in an
     * entity manager of its own: for what the city publishes for every district (academy content).
     * The caller's tenant filter is never switched off; the city's rows are read as the city's.
     *
     * @throws IllegalStateException inside another read or write of this unit (an entity manager is
     *                               bound to one tenant)
     */
    <R> R readAsCity(EmFunction<R> work);

    /** A row of the current tenant by its id; another tenant's row is not found. */
    default <T> Optional<T> find(Class<T> type, String id) {
        return Optional.ofNullable(read(em -> em.find(type, id)));
    }
}
