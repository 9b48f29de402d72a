package org.smartjustice.platform.internal.answers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.problem.ProblemException;

class AnswerCacheTest {

    private final AnswerCache cache = new AnswerCache();
    private final AtomicInteger built = new AtomicInteger();

    private Map<String, Object> build() {
        built.incrementAndGet();
        return Map.of("n", built.get());
    }

    @Test
    void anAnswerIsBuiltAndWrittenOncePerKey() {
        cache.resize(1024 * 1024);
        AnswerCache.Answer a = cache.get("k", "application/json", this::build, false);
        AnswerCache.Answer b = cache.get("k", "application/json", this::build, false);
        assertEquals(1, built.get());
        assertArrayEquals(a.body(), b.body());
        assertEquals("{\"n\":1}", new String(a.body(), StandardCharsets.UTF_8));
        cache.get("other", "application/json", this::build, false);
        assertEquals(2, built.get());
    }

    @Test
    void aProblemIsNotKept() {
        cache.resize(1024 * 1024);
        assertThrows(ProblemException.class, () -> cache.get("k", "application/json", () -> {
            throw ProblemException.notFound("没有");
        }, false));
        cache.get("k", "application/json", this::build, false);
        assertEquals(1, built.get());
        assertEquals(1, cache.size());
    }

    @Test
    void withoutMemoryNothingIsKept() {
        cache.resize(0);
        cache.get("k", "application/json", this::build, false);
        cache.get("k", "application/json", this::build, false);
        assertEquals(2, built.get());
        assertEquals(0, cache.size());
    }

    @Test
    void theCacheStaysWithinItsSize() {
        cache.resize(10_000);
        for (int i = 0; i < 1000; i++) {
            cache.get("key-" + i, "application/json", () -> Map.of("text", "字".repeat(100)), false);
        }
        assertTrue(cache.size() < 50, "kept " + cache.size());
    }

    @Test
    void aFreshAnswerIsBuiltAnewAndKeptInsteadOfTheOld() {
        cache.resize(1024 * 1024);
        cache.get("k", "application/json", this::build, false);
        AnswerCache.Answer fresh = cache.get("k", "application/json", this::build, true);
        assertEquals("{\"n\":2}", new String(fresh.body(), StandardCharsets.UTF_8));
        assertEquals("{\"n\":2}", new String(cache.get("k", "application/json", this::build, false).body(), StandardCharsets.UTF_8));
    }
}
