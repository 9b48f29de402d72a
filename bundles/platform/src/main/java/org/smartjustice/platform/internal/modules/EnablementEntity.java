package org.smartjustice.platform.internal.modules;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/**
 * Whether a module is switched on for a tenant. A switched-off module keeps its row
 * ({@code enabled = false}), so the history of the decision is never lost.
 */
@Entity
@Table(name = "module_enablement")
@IdClass(EnablementEntity.Key.class)
public class EnablementEntity {

    @Id
    @Column(name = "tenant_code")
    private String tenantCode;

    @Id
    @Column(name = "module_id")
    private String moduleId;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    protected EnablementEntity() {
    }

    EnablementEntity(String tenantCode, String moduleId) {
        this.tenantCode = tenantCode;
        this.moduleId = moduleId;
    }

    void set(boolean on, String by, LocalDateTime at) {
        this.enabled = on;
        this.changedBy = by;
        this.changedAt = at;
    }

    Enablement toEnablement() {
        return new Enablement(tenantCode, moduleId, enabled, changedAt, changedBy);
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String tenantCode;
        public String moduleId;

        public Key() {
        }

        public Key(String tenantCode, String moduleId) {
            this.tenantCode = tenantCode;
            this.moduleId = moduleId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(tenantCode, k.tenantCode) && Objects.equals(moduleId, k.moduleId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantCode, moduleId);
        }
    }
}
