package org.smartjustice.platform.internal.rest;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.osgi.service.component.annotations.Component;
import org.smartjustice.platform.api.problem.ProblemException;

/**
 * JSON for the whole application: ISO-8601 timestamps with offset, and strict reading — unknown
 * fields, duplicate keys, trailing content, enum ordinals, numbers or booleans for text and text
 * for numbers are refused (a mistyped field must not be silently dropped or reinterpreted);
 * request bodies are UTF-8 (malformed and overlong sequences refused), at most {@value #MAX_BODY_BYTES}
 * bytes, with bounded nesting, numbers, names and strings.
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

    /** A JSON request body is a form's worth of fields; files travel as uploads, not as JSON. */
    static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

    static final StreamReadConstraints READ_LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(64)
            .maxNumberLength(100)
            .maxNameLength(200)
            .maxStringLength(MAX_BODY_BYTES)
            .maxDocumentLength(MAX_BODY_BYTES)
            .build();

    public static final ObjectMapper MAPPER = strict(JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(READ_LIMITS).build())
            .addModule(new JavaTimeModule())
            .addModule(StrictText.module())
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
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build());

    private static ObjectMapper strict(ObjectMapper mapper) {
        for (LogicalType numeric : new LogicalType[] { LogicalType.Integer, LogicalType.Float, LogicalType.Boolean }) {
            mapper.coercionConfigFor(numeric).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        return mapper;
    }

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
        String charset = mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
            throw new ProblemException(415, "unsupported-media-type", "不支持的字符集",
                    "请求体应为 UTF-8 编码的 JSON，而不是 " + charset);
        }
        // Decoded strictly as UTF-8 (Jackson would guess UTF-16 from FF FE and accept overlong forms).
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        Reader reader = new InputStreamReader(new BoundedInput(entity, MAX_BODY_BYTES), utf8);
        try (JsonParser parser = MAPPER.createParser(reader)) {
            try {
                Object value = MAPPER.readerFor(MAPPER.constructType(genericType == null ? type : genericType)).readValue(parser);
                if (value == null) {
                    // A body of JSON null is no body: no resource checks its input for null.
                    throw ProblemException.invalidField("body", "缺少请求体");
                }
                return value;
            } catch (StreamConstraintsException e) {
                // Reported with the parser, so that the problem can name the field being read.
                throw new RefusedValue(parser, e.getOriginalMessage(), e);
            } catch (CharacterCodingException e) {
                throw new JsonParseException(parser, "请求体不是有效的 UTF-8", e);
            }
        }
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

    /** A value of the body beyond the limits, reported with the parser that was reading it. */
    static final class RefusedValue extends JsonParseException {
        private static final long serialVersionUID = 1L;

        RefusedValue(JsonParser parser, String message, Throwable cause) {
            super(parser, message, cause);
        }
    }
}
