package org.smartjustice.platform.internal.tenants;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.smartjustice.platform.api.TenantStage;
import org.smartjustice.platform.api.persistence.UtcTimes;

@Entity
@Table(name = "tenant")
public class TenantEntity {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TenantStage stage;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected TenantEntity() {
    }

    TenantEntity(String code, String name, TenantStage stage, LocalDateTime now) {
        this.code = code;
        this.name = name;
        this.stage = stage;
        this.createdAt = now;
        this.updatedAt = now;
    }

    String code() {
        return code;
    }

    long version() {
        return version;
    }

    void change(String newName, TenantStage newStage, LocalDateTime now) {
        this.name = newName;
        this.stage = newStage;
        this.updatedAt = now;
    }

    org.smartjustice.platform.api.Tenant toTenant() {
        return new org.smartjustice.platform.api.Tenant(code, name, stage, version,
                UtcTimes.toOffset(createdAt), UtcTimes.toOffset(updatedAt));
    }
}
