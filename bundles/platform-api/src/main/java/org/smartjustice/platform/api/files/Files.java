package org.smartjustice.platform.api.files;

import java.util.Optional;

import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Files of the current request's tenant. Each module bundle gets its own instance (bundle scope);
 * the platform records which module stored a file. Content is kept in the database, or in a
 * directory shared by all nodes ({@code etc/org.smartjustice.files.cfg}).
 */
@ProviderType
public interface Files {

    /**
     * Stores a file, in the caller's transaction when there is one (a module's write): the file is
     * kept if and only if the change that refers to it commits.
     *
     * @param name the client's file name; a path in it is dropped, and its extension must name a type of the kind
     * @throws org.smartjustice.platform.api.problem.ProblemException 413 {@code file-too-large} over the kind's
     *         limit; 400 naming {@code field} when the file is empty, has no usable name, is of a type the kind
     *         does not take, or its bytes are not what its name says
     */
    StoredFile store(FileKind kind, String name, byte[] bytes, String field);

    /** A file of the current tenant; another tenant's file is not found. */
    Optional<StoredFile> find(String id);

    /** A file's content. */
    byte[] content(StoredFile file);

    /**
     * The answer that downloads a file of the current tenant: its detected type, its UTF-8 name
     * ({@code Content-Disposition: attachment}, RFC 6266), {@code nosniff}, and an ETag of its
     * SHA-256 (304 to a client that has it).
     *
     * @throws org.smartjustice.platform.api.problem.ProblemException 404 when the tenant has no such file
     */
    Response download(String id, Request request);

    /**
     * As {@link #download}, for a file of the city tenant ({@link org.smartjustice.platform.api.Tenant#CITY}):
     * content the city publishes for every district. An explicit read as the city, never a read of
     * every tenant.
     */
    Response downloadAsCity(String id, Request request);

    /** Deletes a file of the current tenant (its content goes when no other file of the tenant shares it). */
    void delete(String id);
}
