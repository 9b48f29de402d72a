package org.smartjustice.platform.internal.files;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import org.smartjustice.platform.api.files.FileKind;
import org.smartjustice.platform.api.files.FileType;

/** A file's facts; its bytes are in {@link FileContentEntity} or the configured directory. Read with an explicit tenant. */
@Entity
@Table(name = "stored_file")
public class StoredFileEntity {

    @Id
    String id;

    @Column(name = "tenant_code", nullable = false)
    String tenant;

    /** The symbolic name of the module bundle that stored it. */
    @Column(nullable = false)
    String module;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    FileKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_type", nullable = false)
    FileType type;

    @Column(nullable = false)
    String name;

    @Column(name = "size_bytes", nullable = false)
    long size;

    @Column(nullable = false)
    String sha256;

    /** {@code database} or {@code directory}: where the bytes went when it was stored. */
    @Column(nullable = false)
    String storage;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    String createdBy;
}
