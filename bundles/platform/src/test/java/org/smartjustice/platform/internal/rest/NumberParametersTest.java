package org.smartjustice.platform.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.annotation.Annotation;

import javax.ws.rs.QueryParam;
import javax.ws.rs.ext.ParamConverter;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.problem.ProblemException;

class NumberParametersTest {

    private final NumberParameters parameters = new NumberParameters();

    @SuppressWarnings("unused")
    void resource(@QueryParam("page") Integer page, @QueryParam("lon") Double lon, @QueryParam("q") String q) {
    }

    private static Annotation[] annotationsOf(int index) throws NoSuchMethodException {
        return NumberParametersTest.class.getDeclaredMethod("resource", Integer.class, Double.class, String.class)
                .getParameterAnnotations()[index];
    }

    @Test
    void numbersAreRead() throws Exception {
        assertEquals(3, parameters.getConverter(Integer.class, Integer.class, annotationsOf(0)).fromString(" 3 "));
        assertEquals(113.62, parameters.getConverter(Double.class, Double.class, annotationsOf(1)).fromString("113.62"));
        assertNull(parameters.getConverter(Integer.class, Integer.class, annotationsOf(0)).fromString(null));
    }

    @Test
    void aParameterThatIsNoNumberIsA400NamingIt() throws Exception {
        ParamConverter<Integer> page = parameters.getConverter(Integer.class, Integer.class, annotationsOf(0));
        ProblemException e = assertThrows(ProblemException.class, () -> page.fromString("abc"));
        assertEquals(400, e.status());
        assertEquals("page", e.errors().get(0).field());
        ProblemException lon = assertThrows(ProblemException.class,
                () -> parameters.getConverter(Double.class, Double.class, annotationsOf(1)).fromString("东经"));
        assertEquals("lon", lon.errors().get(0).field());
    }

    @Test
    void otherTypesAreLeftToJaxrs() throws Exception {
        assertNull(parameters.getConverter(String.class, String.class, annotationsOf(2)));
    }
}
