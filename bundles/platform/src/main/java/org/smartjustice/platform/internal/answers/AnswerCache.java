package org.smartjustice.platform.internal.answers;

import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.smartjustice.platform.internal.rest.JsonProvider;

/**
 * The one memory for every module's kept answers, bounded by the size of bodies and keys. Keys
 * name all an answer depends on ({@link AnswerService}); stale ones are never asked for again and
 * age out.
 */
@Component(service = AnswerCache.class, configurationPid = AnswersConfig.PID)
@Designate(ocd = AnswersConfig.class)
public class AnswerCache {

    /** A written answer. */
    record Answer(byte[] body, String type) {
    }

    /** Null when no memory is given: every answer is then built anew. */
    private volatile Cache<String, Answer> cache;

    @Activate
    @Modified
    void configure(AnswersConfig config) {
        resize(Math.max(0, config.cacheMiB()) * 1024L * 1024L);
    }

    void resize(long maxBytes) {
        // Evictions on the caller's thread: the bound holds when put returns, with no pool to share.
        cache = maxBytes <= 0 ? null : Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((String key, Answer a) -> a.body().length + 2 * key.length()).executor(Runnable::run).build();
    }

    /** The answer kept under the key, or the one built and written now (and kept); built anew when {@code fresh}. */
    Answer get(String key, String type, Supplier<?> build, boolean fresh) {
        Cache<String, Answer> c = cache;
        Answer known = c == null || fresh ? null : c.getIfPresent(key);
        if (known != null) {
            return known;
        }
        Answer built = write(build.get(), type);
        if (c != null) {
            c.put(key, built);
        }
        return built;
    }

    long size() {
        Cache<String, Answer> c = cache;
        if (c == null) {
            return 0;
        }
        c.cleanUp();
        return c.estimatedSize();
    }

    private static Answer write(Object entity, String type) {
        try {
            return new Answer(JsonProvider.MAPPER.writeValueAsBytes(entity), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an answer as JSON", e);
        }
    }
}
