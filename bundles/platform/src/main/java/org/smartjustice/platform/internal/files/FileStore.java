package org.smartjustice.platform.internal.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.smartjustice.platform.api.files.FileKind;
import org.smartjustice.platform.api.persistence.SchemaMigrator;
import org.smartjustice.platform.internal.tenants.TenantStore;

/**
 * The stored_file table and the files' bytes: in stored_file_content, in the caller's transaction,
 * or in a directory shared by the nodes ({@code <directory>/<tenant>/<id>}, written to a temporary
 * name and moved into place, so a reader never sees half a file). A file in a directory is not
 * deleted with its row: the row's delete may still roll back, and the bytes are then needed.
 */
@Component(service = FileStore.class, configurationPid = FilesConfig.PID)
@Designate(ocd = FilesConfig.class)
public class FileStore {

    static final String DATABASE = "database";
    static final String DIRECTORY = "directory";

    @Reference(target = "(osgi.unit.name=justice-platform)")
    private JpaTemplate jpa;

    @Reference
    private SchemaMigrator migrator;

    private volatile FilesConfig config;

    @Activate
    void activate(BundleContext bundleContext, FilesConfig config) {
        migrator.migrate(TenantStore.SCHEMA, bundleContext.getBundle());
        modified(config);
    }

    @Modified
    void modified(FilesConfig config) {
        if (DIRECTORY.equals(config.storage()) && config.directory().isBlank()) {
            throw new IllegalArgumentException(FilesConfig.PID + ": storage=directory needs a directory");
        }
        this.config = config;
    }

    int limitMib(FileKind kind) {
        FilesConfig c = config;
        int limit = switch (kind) {
            case DOCUMENT -> c.documentMaxMib();
            case IMAGE -> c.imageMaxMib();
        };
        return limit > 0 ? limit : kind.defaultLimitMib();
    }

    void insert(StoredFileEntity file, byte[] bytes) {
        FilesConfig c = config;
        file.storage = DIRECTORY.equals(c.storage()) ? DIRECTORY : DATABASE;
        if (file.storage.equals(DIRECTORY)) {
            write(path(c, file), bytes);
        }
        jpa.tx(TransactionType.Required, em -> {
            em.persist(file);
            // The content row refers to the file's: EclipseLink orders unrelated inserts its own way.
            em.flush();
            if (file.storage.equals(DATABASE)) {
                FileContentEntity content = new FileContentEntity();
                content.fileId = file.id;
                content.content = bytes;
                em.persist(content);
            }
            em.flush();
        });
    }

    Optional<StoredFileEntity> find(String tenant, String id) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "select f from StoredFileEntity f where f.id = :id and f.tenant = :tenant", StoredFileEntity.class)
                .setParameter("id", id).setParameter("tenant", tenant).getResultStream().findFirst());
    }

    byte[] content(StoredFileEntity file) {
        if (DIRECTORY.equals(file.storage)) {
            try {
                return java.nio.file.Files.readAllBytes(path(config, file));
            } catch (IOException e) {
                throw new UncheckedIOException("content of file " + file.id + " is missing from the directory", e);
            }
        }
        return jpa.txExpr(TransactionType.Supports, em -> {
            FileContentEntity content = em.find(FileContentEntity.class, file.id);
            if (content == null) {
                throw new IllegalStateException("content of file " + file.id + " is missing");
            }
            return content.content;
        });
    }

    boolean delete(String tenant, String id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            StoredFileEntity file = em.createQuery("select f from StoredFileEntity f where f.id = :id and f.tenant = :tenant",
                    StoredFileEntity.class).setParameter("id", id).setParameter("tenant", tenant).getResultStream()
                    .findFirst().orElse(null);
            if (file == null) {
                return false;
            }
            em.createQuery("delete from FileContentEntity c where c.fileId = :id").setParameter("id", id).executeUpdate();
            em.remove(file);
            return true;
        });
    }

    private static Path path(FilesConfig c, StoredFileEntity file) {
        // Tenant codes are letters, digits and '-'; ids are UUIDs: neither can leave the directory.
        return Path.of(c.directory()).resolve(file.tenant).resolve(file.id);
    }

    private static void write(Path target, byte[] bytes) {
        try {
            java.nio.file.Files.createDirectories(target.getParent());
            Path temp = java.nio.file.Files.createTempFile(target.getParent(), ".upload-", ".part");
            try {
                java.nio.file.Files.write(temp, bytes);
                java.nio.file.Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                java.nio.file.Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("file could not be written to " + target.getParent(), e);
        }
    }
}
