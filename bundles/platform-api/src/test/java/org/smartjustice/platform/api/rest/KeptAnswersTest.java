package org.smartjustice.platform.api.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.ContextResolver;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;
import javax.ws.rs.ext.Providers;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.problem.ProblemException;

class KeptAnswersTest {

    private static final String GEO_JSON = "application/geo+json";

    private final AtomicInteger built = new AtomicInteger();

    private Supplier<KeptAnswers.Body> body(Object entity) {
        return () -> {
            built.incrementAndGet();
            return new KeptAnswers.Body(entity, GEO_JSON);
        };
    }

    @Test
    void anAnswerIsBuiltAndWrittenOncePerKey() {
        KeptAnswers answers = new KeptAnswers(1024 * 1024);

        KeptAnswers.Answer first = answers.get("tag-1", body(Map.of("a", 1)), new TextProviders());
        KeptAnswers.Answer again = answers.get("tag-1", body(Map.of("a", 2)), new TextProviders());

        assertSame(first, again);
        assertEquals(1, built.get());
        assertArrayEquals("{a=1}".getBytes(StandardCharsets.UTF_8), again.body());
        assertEquals(GEO_JSON, again.type());
        answers.get("tag-2", body(Map.of("a", 2)), new TextProviders());
        assertEquals(2, built.get());
    }

    @Test
    void aProblemIsNotKept() {
        KeptAnswers answers = new KeptAnswers(1024 * 1024);
        Supplier<KeptAnswers.Body> failing = () -> {
            built.incrementAndGet();
            throw ProblemException.notFound("没有");
        };

        assertThrows(ProblemException.class, () -> answers.get("tag", failing, new TextProviders()));
        assertEquals(0, answers.size());
        answers.get("tag", body("ok"), new TextProviders());
        assertEquals(2, built.get());
    }

    @Test
    void withoutMemoryNothingIsKept() {
        KeptAnswers answers = new KeptAnswers(0);

        answers.get("tag", body("x"), new TextProviders());
        answers.get("tag", body("x"), new TextProviders());

        assertEquals(2, built.get());
        assertEquals(0, answers.size());
    }

    @Test
    void theCacheStaysWithinItsSize() {
        KeptAnswers answers = new KeptAnswers(10_000);
        for (int i = 0; i < 100; i++) {
            answers.get("tag-" + i, body("x".repeat(1000)), new TextProviders());
        }
        long kept = answers.size();
        assertTrue(kept > 0 && kept < 10, "kept " + kept);
    }

    @Test
    void aFreshAnswerIsBuiltAnewAndKeptInsteadOfTheOld() {
        KeptAnswers answers = new KeptAnswers(1024 * 1024);
        answers.get("key", body("old"), new TextProviders());

        KeptAnswers.Answer fresh = answers.get("key", body("new"), new TextProviders(), true);
        KeptAnswers.Answer after = answers.get("key", body("newer"), new TextProviders());

        assertEquals(2, built.get());
        assertArrayEquals("new".getBytes(StandardCharsets.UTF_8), fresh.body());
        assertSame(fresh, after);
    }

    @Test
    void noCacheIsWhatBrowsersSendOnAForcedReload() {
        assertTrue(KeptAnswers.noCache(headers(Map.of("Cache-Control", List.of("no-cache")))));
        assertTrue(KeptAnswers.noCache(headers(Map.of("Cache-Control", List.of("max-age=0")))));
        assertTrue(KeptAnswers.noCache(headers(Map.of("Cache-Control", List.of("private, No-Cache")))));
        assertTrue(KeptAnswers.noCache(headers(Map.of("Pragma", List.of("no-cache")))));
        assertFalse(KeptAnswers.noCache(headers(Map.of("Cache-Control", List.of("max-age=60")))));
        assertFalse(KeptAnswers.noCache(headers(Map.of())));
        assertFalse(KeptAnswers.noCache(null));
    }

    /** Request headers with these values, by name as given. */
    private static HttpHeaders headers(Map<String, List<String>> values) {
        return (HttpHeaders) Proxy.newProxyInstance(KeptAnswersTest.class.getClassLoader(),
                new Class<?>[] { HttpHeaders.class }, (proxy, method, args) -> {
                    if (method.getName().equals("getRequestHeader")) {
                        return values.get((String) args[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** The application's writers, reduced to one that writes toString(). */
    private static final class TextProviders implements Providers {
        @Override
        public <T> MessageBodyWriter<T> getMessageBodyWriter(Class<T> type, Type genericType, Annotation[] annotations,
                                                             MediaType mediaType) {
            return new MessageBodyWriter<>() {
                @Override
                public boolean isWriteable(Class<?> t, Type g, Annotation[] a, MediaType m) {
                    return true;
                }

                @Override
                public void writeTo(T value, Class<?> t, Type g, Annotation[] a, MediaType m,
                                    MultivaluedMap<String, Object> headers, OutputStream out) throws java.io.IOException {
                    out.write(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
                }
            };
        }

        @Override
        public <T> MessageBodyReader<T> getMessageBodyReader(Class<T> type, Type genericType, Annotation[] annotations,
                                                             MediaType mediaType) {
            return null;
        }

        @Override
        public <T extends Throwable> ExceptionMapper<T> getExceptionMapper(Class<T> type) {
            return null;
        }

        @Override
        public <T> ContextResolver<T> getContextResolver(Class<T> contextType, MediaType mediaType) {
            return null;
        }
    }
}
