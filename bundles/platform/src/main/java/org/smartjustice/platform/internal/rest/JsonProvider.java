package org.smartjustice.platform.internal.rest;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.osgi.service.component.annotations.Component;

/**
 * JSON for the whole application: ISO-8601 timestamps with offset, unknown fields refused (a
 * mistyped field must not be silently dropped).
 *
 * <p>A plain reader/writer over one shared {@link ObjectMapper} rather than Jackson's JAX-RS
 * provider: that one has {@code @Context} fields, which CXF must reset on every request through
 * a shared map, and looks its writer up by annotation set per call — together the largest costs of
 * a list request under load (docs/performance.md).
 */
@Component(service = { MessageBodyReader.class, MessageBodyWriter.class }, property = { Jaxrs.EXTENSION,
        Jaxrs.IN_APP, "osgi.jaxrs.name=justice.json", "osgi.jaxrs.media.type=application/json" })
@Consumes({ MediaType.APPLICATION_JSON, "application/*+json" })
@Produces({ MediaType.APPLICATION_JSON, "application/*+json" })
public class JsonProvider implements MessageBodyReader<Object>, MessageBodyWriter<Object> {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // The container owns the streams.
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            // Venues are mostly coordinates: the JDK's Double.toString was a measurable share of a page.
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();

    /** Bodies other providers write as they are. */
    private static final Set<Class<?>> UNTOUCHABLE = Set.of(String.class, byte[].class, char[].class,
            InputStream.class, Reader.class, OutputStream.class, File.class, StreamingOutput.class, Response.class);

    static boolean handles(Class<?> type, MediaType mediaType) {
        if (mediaType == null || type == null) {
            return false;
        }
        String subtype = mediaType.getSubtype();
        boolean json = "json".equalsIgnoreCase(subtype) || subtype.toLowerCase(java.util.Locale.ROOT).endsWith("+json");
        return json && UNTOUCHABLE.stream().noneMatch(u -> u.isAssignableFrom(type));
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return handles(type, mediaType);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        return MAPPER.readerFor(MAPPER.constructType(genericType == null ? type : genericType)).readValue(entity);
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return handles(type, mediaType);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream entity) throws IOException {
        // By the value's own class: a resource declared to return an interface still writes all of it.
        MAPPER.writeValue(entity, value);
    }
}
