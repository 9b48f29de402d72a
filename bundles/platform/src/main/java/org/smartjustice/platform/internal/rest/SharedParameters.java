package org.smartjustice.platform.internal.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.Function;

import javax.ws.rs.FormParam;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.ext.ParamConverter;
import javax.ws.rs.ext.ParamConverterProvider;

import org.osgi.service.component.annotations.Component;
import org.smartjustice.platform.api.Titled;
import org.smartjustice.platform.api.geo.CoordinateSystem;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.rest.ExpectedVersion;

/**
 * The parameter types every resource shares, read once here: numbers ({@code ?page=abc}),
 * {@code crs} ({@link CoordinateSystem}), enums by name or zh-CN title (repeatable as
 * {@code List<E>}), and {@code If-Match} ({@link ExpectedVersion}). Without it JAX-RS answers a
 * query parameter it cannot convert with 404, as if the path did not exist; here every bad value
 * is a 400 problem naming its parameter.
 */
@Component(service = ParamConverterProvider.class, property = { Jaxrs.EXTENSION, Jaxrs.IN_APP,
        "osgi.jaxrs.name=justice.parameters" })
public class SharedParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (rawType == Integer.class || rawType == int.class) {
            return converter(Integer::valueOf, name, "应为整数");
        }
        if (rawType == Long.class || rawType == long.class) {
            return converter(Long::valueOf, name, "应为整数");
        }
        if (rawType == Double.class || rawType == double.class) {
            return converter(Double::valueOf, name, "应为数字");
        }
        if (rawType == CoordinateSystem.class) {
            return converter(CoordinateSystem::parse, name, null);
        }
        if (rawType == ExpectedVersion.class) {
            return converter(ExpectedVersion::parse, name, null);
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            return converter(text -> Titled.parse(type, text), name, null);
        }
        return null;
    }

    /** @param expected the message of a refusal; null: the parser's own */
    private static <T> ParamConverter<T> converter(Function<String, Object> parse, String name, String expected) {
        return new ParamConverter<>() {
            @Override
            @SuppressWarnings("unchecked")
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return (T) parse.apply(value.trim());
                } catch (IllegalArgumentException e) {
                    throw ProblemException.invalidField(name, expected != null ? expected : e.getMessage());
                }
            }

            @Override
            public String toString(T value) {
                return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
            }
        };
    }

    static String name(Annotation[] annotations) {
        for (Annotation a : annotations == null ? new Annotation[0] : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof PathParam p) {
                return p.value();
            }
            if (a instanceof HeaderParam h) {
                return h.value();
            }
            if (a instanceof FormParam f) {
                return f.value();
            }
        }
        return "parameter";
    }
}
