package org.smartjustice.map.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.ContextResolver;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;
import javax.ws.rs.ext.Providers;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.problem.ProblemException;

class AnswersTest {

    private final AtomicInteger built = new AtomicInteger();

    private Supplier<Answers.Body> body(Object entity) {
        return () -> {
            built.incrementAndGet();
            return new Answers.Body(entity, Features.GEO_JSON);
        };
    }

    @Test
    void anAnswerIsBuiltAndWrittenOncePerEtag() {
        Answers answers = new Answers(1024 * 1024);

        Answers.Answer first = answers.get("tag-1", body(Map.of("a", 1)), new TextProviders());
        Answers.Answer again = answers.get("tag-1", body(Map.of("a", 2)), new TextProviders());

        assertSame(first, again);
        assertEquals(1, built.get());
        assertArrayEquals("{a=1}".getBytes(StandardCharsets.UTF_8), again.body());
        assertEquals(Features.GEO_JSON, again.type());
        answers.get("tag-2", body(Map.of("a", 2)), new TextProviders());
        assertEquals(2, built.get());
    }

    @Test
    void aProblemIsNotKept() {
        Answers answers = new Answers(1024 * 1024);
        Supplier<Answers.Body> failing = () -> {
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
        Answers answers = new Answers(0);

        answers.get("tag", body("x"), new TextProviders());
        answers.get("tag", body("x"), new TextProviders());

        assertEquals(2, built.get());
        assertEquals(0, answers.size());
    }

    @Test
    void theCacheStaysWithinItsSize() {
        Answers answers = new Answers(10_000);
        for (int i = 0; i < 100; i++) {
            answers.get("tag-" + i, body("x".repeat(1000)), new TextProviders());
        }
        long kept = answers.size();
        assertEquals(true, kept > 0 && kept < 10, "kept " + kept);
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
