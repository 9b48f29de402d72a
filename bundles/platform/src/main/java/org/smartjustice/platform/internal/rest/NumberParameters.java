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
import org.smartjustice.platform.api.problem.ProblemException;

/**
 * Numeric request parameters of every resource ({@code ?page=abc}, {@code ?lon=x}). Without it
 * JAX-RS answers a parameter it cannot convert with 404, as if the path did not exist; here it is
 * a 400 problem naming the parameter, like every other bad input.
 */
@Component(service = ParamConverterProvider.class, property = { Jaxrs.EXTENSION, Jaxrs.IN_APP,
        "osgi.jaxrs.name=justice.parameters" })
public class NumberParameters implements ParamConverterProvider {

    @Override
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType == Integer.class || rawType == int.class) {
            return converter(Integer::valueOf, name(annotations), "应为整数");
        }
        if (rawType == Long.class || rawType == long.class) {
            return converter(Long::valueOf, name(annotations), "应为整数");
        }
        if (rawType == Double.class || rawType == double.class) {
            return converter(Double::valueOf, name(annotations), "应为数字");
        }
        return null;
    }

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
                } catch (NumberFormatException e) {
                    throw ProblemException.invalidField(name, expected);
                }
            }

            @Override
            public String toString(T value) {
                return String.valueOf(value);
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
