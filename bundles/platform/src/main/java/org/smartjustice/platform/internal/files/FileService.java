package org.smartjustice.platform.internal.files;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;

import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.smartjustice.platform.api.Tenant;
import org.smartjustice.platform.api.files.FileKind;
import org.smartjustice.platform.api.files.Files;
import org.smartjustice.platform.api.files.StoredFile;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.internal.context.RequestContext;

/** {@link Files} for one module bundle (bundle scope: the module that stored a file is recorded). */
@Component(service = Files.class, scope = ServiceScope.BUNDLE)
public class FileService implements Files {

    @Reference
    private RequestContext context;

    @Reference
    private FileStore store;

    private String module;

    @Activate
    void activate(org.osgi.service.component.ComponentContext component) {
        Bundle user = component.getUsingBundle();
        module = user == null ? "unknown" : user.getSymbolicName();
    }

    @Override
    public StoredFile store(FileKind kind, String name, byte[] bytes, String field) {
        String tenant = context.requireTenant();
        int limit = store.limitMib(kind);
        if (bytes.length > limit * 1024L * 1024L) {
            throw new ProblemException(413, "file-too-large", "文件过大", "文件不能超过 " + limit + " MB");
        }
        String clean = FileNames.clean(name);
        if (clean == null) {
            throw ProblemException.invalidField(field, "需要文件名（至多 " + FileNames.MAX + " 个字符）");
        }
        StoredFileEntity file = new StoredFileEntity();
        file.type = FileChecks.check(kind, clean, bytes, field);
        file.id = UUID.randomUUID().toString();
        file.tenant = tenant;
        file.module = module;
        file.kind = kind;
        file.name = clean;
        file.size = bytes.length;
        file.sha256 = sha256(bytes);
        file.createdAt = UtcTimes.now();
        file.createdBy = context.principal().subject();
        store.insert(file, bytes);
        return view(file);
    }

    @Override
    public Optional<StoredFile> find(String id) {
        return store.find(context.requireTenant(), id).map(FileService::view);
    }

    @Override
    public byte[] content(StoredFile file) {
        return store.find(file.tenant(), file.id()).map(store::content)
                .orElseThrow(() -> ProblemException.notFound("文件", file.id()));
    }

    @Override
    public Response download(String id, Request request) {
        return download(context.requireTenant(), id, request);
    }

    @Override
    public Response downloadAsCity(String id, Request request) {
        context.requireTenant();
        return download(Tenant.CITY, id, request);
    }

    @Override
    public void delete(String id) {
        if (!store.delete(context.requireTenant(), id)) {
            throw ProblemException.notFound("文件", id);
        }
    }

    private Response download(String tenant, String id, Request request) {
        StoredFileEntity file = store.find(tenant, id)
                .orElseThrow(() -> ProblemException.notFound("文件", id));
        EntityTag tag = new EntityTag(file.sha256);
        CacheControl cache = new CacheControl();
        cache.setNoCache(true);
        Response.ResponseBuilder unchanged = request == null ? null : request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.cacheControl(cache).build();
        }
        return Response.ok(store.content(file), file.type.mediaType()).tag(tag).cacheControl(cache)
                .header("Content-Disposition", FileNames.attachment(file.name))
                .header("X-Content-Type-Options", "nosniff")
                // Opened from the address bar, a PDF still runs no script of its own and loads nothing.
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .build();
    }

    static StoredFile view(StoredFileEntity f) {
        return new StoredFile(f.id, f.tenant, f.kind, f.type, f.name, f.size, f.sha256, UtcTimes.toOffset(f.createdAt),
                f.createdBy);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
