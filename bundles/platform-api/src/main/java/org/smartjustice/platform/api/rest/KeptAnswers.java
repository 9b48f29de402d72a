package org.smartjustice.platform.api.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.ext.MessageBodyWriter;
import javax.ws.rs.ext.Providers;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Answers as written, kept by a key that names everything they depend on: the tenant, the
 * revision of the data read, the question and what the caller may see. Users of a district ask
 * the same few questions over and over (a menu entry's list, the district's box on the map); while
 * the data does not change the answer is the same bytes, so it is read, built and written once.
 * A change gives the tenant a new revision, so stale answers are never found again and age out.
 * Bounded by the size of the bodies.
 */
public final class KeptAnswers {

    /** What an answer is made of: the value and its media type. */
    public record Body(Object entity, String type) {
    }

    /** A written answer. */
    public record Answer(byte[] body, String type) {
    }

    private static final Annotation[] NONE = new Annotation[0];

    /** Null when no memory is given to it: every answer is then built anew. */
    private final Cache<String, Answer> cache;

    /** Keeps answers up to {@code maxBytes} of bodies and keys; 0 or less keeps none. */
    public KeptAnswers(long maxBytes) {
        // Evictions on the caller's thread: the bound holds when put returns, with no pool to share.
        cache = maxBytes <= 0 ? null : Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((String key, Answer a) -> a.body().length + 2 * key.length()).executor(Runnable::run).build();
    }

    /**
     * The answer kept under this key, built and written with the application's own writers (the
     * same JSON as every other answer) when there is none. A problem thrown while building is not
     * kept.
     */
    public Answer get(String key, Supplier<Body> build, Providers providers) {
        return get(key, build, providers, false);
    }

    /** As {@link #get(String, Supplier, Providers)}, but built anew (and kept) when {@code fresh}. */
    public Answer get(String key, Supplier<Body> build, Providers providers, boolean fresh) {
        if (cache == null) {
            return write(build.get(), providers);
        }
        Answer known = fresh ? null : cache.getIfPresent(key);
        if (known != null) {
            return known;
        }
        Answer built = write(build.get(), providers);
        cache.put(key, built);
        return built;
    }

    /** How many answers are kept now. */
    public long size() {
        if (cache == null) {
            return 0;
        }
        cache.cleanUp();
        return cache.estimatedSize();
    }

    /**
     * Whether the request asks not to be answered from memory ({@code Cache-Control: no-cache}, or
     * the older {@code Pragma: no-cache}), as browsers do on a forced reload.
     */
    public static boolean noCache(HttpHeaders headers) {
        return headers != null && (saysNoCache(headers.getRequestHeader(HttpHeaders.CACHE_CONTROL))
                || saysNoCache(headers.getRequestHeader("Pragma")));
    }

    private static boolean saysNoCache(List<String> values) {
        if (values == null) {
            return false;
        }
        for (String value : values) {
            for (String directive : value.split(",")) {
                String d = directive.trim().toLowerCase(Locale.ROOT);
                if (d.equals("no-cache") || d.equals("no-store") || d.equals("max-age=0")) {
                    return true;
                }
            }
        }
        return false;
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
