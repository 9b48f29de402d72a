package org.smartjustice.platform.api.persistence;

import java.util.UUID;

import javax.persistence.Column;
import javax.persistence.Id;
import javax.persistence.MappedSuperclass;
import javax.persistence.PrePersist;
import javax.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.smartjustice.platform.api.problem.ProblemException;

/**
 * What every row of a module table has (DESIGN §3): the tenant it belongs to (column
 * {@code tenant_code}, filled and filtered by EclipseLink from the entity manager's tenant, never
 * by module code), an opaque id (a random UUID given on persist unless set before) and a version
 * for optimistic locking (column {@code version}). An entity extends this and declares only its
 * own fields; its table has {@code id varchar(36) primary key, tenant_code varchar(32) not null,
 * version bigint not null}.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = TenantOwnedEntity.TENANT_PROPERTY)
public abstract class TenantOwnedEntity {

    /** EclipseLink's tenant property (PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT). */
    public static final String TENANT_PROPERTY = "eclipselink.tenant-id";

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Version
    @Column(name = "version")
    private long version;

    @PrePersist
    void assignId() {
        if (id == null) {
            id = UUID.randomUUID().toString();
        }
    }

    /** The id, or null before the entity is persisted for the first time. */
    public String id() {
        return id;
    }

    /** For rows whose id is chosen by their module (a natural code); before the first persist only. */
    protected void assignId(String chosen) {
        if (id != null) {
            throw new IllegalStateException("the id of " + getClass().getSimpleName() + " is already " + id);
        }
        id = chosen;
    }

    /** The version of the row as read; raised by each committed change. */
    public long version() {
        return version;
    }

    /**
     * Refuses a write based on another version than the row's (optimistic locking, DESIGN §4).
     *
     * @throws ProblemException 409 {@code conflict}
     */
    public void requireVersion(long expected) {
        if (version != expected) {
            throw ProblemException.conflict("当前版本为 " + version + "，请求基于版本 " + expected + "，请重新读取后再修改");
        }
    }
}
