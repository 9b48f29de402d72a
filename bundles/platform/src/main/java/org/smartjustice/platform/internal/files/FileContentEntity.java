package org.smartjustice.platform.internal.files;

import javax.persistence.Basic;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * The bytes of a file kept in the database: BYTEA on PostgreSQL and H2 alike (no {@code @Lob},
 * which would make PostgreSQL large objects). Never cached: files are large and read rarely.
 */
@Entity
@Table(name = "stored_file_content")
@Cache(isolation = CacheIsolationType.ISOLATED)
public class FileContentEntity {

    @Id
    @Column(name = "file_id")
    String fileId;

    @Basic(fetch = FetchType.EAGER)
    @Column(nullable = false)
    byte[] content;
}
