package org.smartjustice.map.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.util.function.Supplier;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.ext.MessageBodyWriter;
import javax.ws.rs.ext.Providers;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The map's answers as written, by their ETag. Host widgets and the public page ask the same few
 * questions over and over (the district's box at a few zoom levels); as long as the district's
 * venues do not change, the answer is the same bytes, so it is built and written once. A venue
 * change changes every ETag of the tenant, so stale answers are never found again and age out.
 * Bounded by the size of the bodies.
 */
final class Answers {

    /** What an answer is made of: the value and its media type. */
    record Body(Object entity, String type) {
    }

    /** A written answer. */
    record Answer(byte[] body, String type) {
    }

    private static final Annotation[] NONE = new Annotation[0];

    /** Null when no memory is given to it: every answer is then built anew. */
    private final Cache<String, Answer> cache;

    Answers(long maxBytes) {
        // Evictions on the caller's thread: the bound holds when put returns, with no pool to share.
        cache = maxBytes <= 0 ? null : Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((String tag, Answer a) -> a.body().length + tag.length()).executor(Runnable::run).build();
    }

    /**
     * The answer with this ETag, built and written with the application's own writers (the same
     * JSON as every other answer) when it is not known yet. A problem thrown while building is not
     * kept.
     */
    Answer get(String etag, Supplier<Body> build, Providers providers) {
        if (cache == null) {
            return write(build.get(), providers);
        }
        Answer known = cache.getIfPresent(etag);
        if (known != null) {
            return known;
        }
        Answer fresh = write(build.get(), providers);
        cache.put(etag, fresh);
        return fresh;
    }

    long size() {
        if (cache == null) {
            return 0;
        }
        cache.cleanUp();
        return cache.estimatedSize();
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    static Answer write(Body body, Providers providers) {
        Object entity = body.entity();
        String[] parts = body.type().split("/", 2);
        MediaType type = new MediaType(parts[0], parts[1]);
        MessageBodyWriter writer = providers.getMessageBodyWriter(entity.getClass(), entity.getClass(), NONE, type);
        if (writer == null) {
            throw new IllegalStateException("no writer for " + entity.getClass().getName() + " as " + type);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try {
            writer.writeTo(entity, entity.getClass(), entity.getClass(), NONE, type, new MultivaluedHashMap<>(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Answer(out.toByteArray(), body.type());
    }
}
