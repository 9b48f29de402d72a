package org.smartjustice.platform.internal.answers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HexFormat;
import java.util.function.Supplier;

import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;

import org.osgi.framework.Bundle;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.smartjustice.platform.api.rest.Answers;
import org.smartjustice.platform.api.rest.Question;
import org.smartjustice.platform.internal.context.RequestContext;

/** {@link Answers} for one module bundle: its answers' keys start with the tenant and the bundle's code revision. */
@Component(service = Answers.class, scope = ServiceScope.BUNDLE)
public class AnswerService implements Answers {

    @Reference
    private AnswerCache cache;

    @Reference
    private RequestContext context;

    private String module = "?";

    @Activate
    void activate(ComponentContext component) {
        Bundle user = component.getUsingBundle();
        if (user != null) {
            module = user.getSymbolicName() + " " + user.getVersion() + " " + user.getLastModified();
        }
    }

    @Override
    public Response answer(Question q, Supplier<?> build) {
        String key = key(context.requireTenant(), module, q);
        EntityTag tag = new EntityTag(etag(key));
        RequestContext.Conditions conditions = context.conditions();
        if (current(conditions, tag.getValue(), q.lastModified())) {
            return headers(Response.notModified(), tag, q).build();
        }
        AnswerCache.Answer answer = cache.get(key, q.mediaType(), build, conditions.noCache());
        return headers(Response.ok(answer.body(), answer.type()), tag, q).build();
    }

    /** Everything the answer depends on, each part on its own line so that no two keys can run together. */
    static String key(String tenant, String module, Question q) {
        return tenant + '\n' + module + '\n' + q.revision() + '\n' + q.variant() + '\n' + q.mediaType() + '\n' + q.text();
    }

    static String etag(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 9110: If-None-Match decides when present; else If-Modified-Since against the data's last change. */
    static boolean current(RequestContext.Conditions c, String etag, OffsetDateTime lastModified) {
        if (c.ifNoneMatch() != null) {
            String quoted = '"' + etag + '"';
            for (String candidate : c.ifNoneMatch().split(",")) {
                String t = candidate.strip();
                if (t.equals("*") || t.equals(quoted) || t.equals("W/" + quoted)) {
                    return true;
                }
            }
            return false;
        }
        Date last = seconds(lastModified);
        return c.ifModifiedSince() != null && last != null && !last.after(c.ifModifiedSince());
    }

    private static Response.ResponseBuilder headers(Response.ResponseBuilder b, EntityTag tag, Question q) {
        b.tag(tag).header(HttpHeaders.CACHE_CONTROL, q.cacheControl());
        Date last = seconds(q.lastModified());
        if (last != null) {
            b.lastModified(last);
        }
        return b;
    }

    /** HTTP dates have whole seconds; a sub-second part would make If-Modified-Since never match. */
    static Date seconds(OffsetDateTime t) {
        return t == null ? null : Date.from(t.toInstant().truncatedTo(ChronoUnit.SECONDS));
    }
}
