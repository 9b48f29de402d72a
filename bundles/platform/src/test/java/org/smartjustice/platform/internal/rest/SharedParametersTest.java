package org.smartjustice.platform.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;

import javax.ws.rs.HeaderParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.ext.ParamConverter;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.Role;
import org.smartjustice.platform.api.TenantStage;
import org.smartjustice.platform.api.geo.CoordinateSystem;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.rest.ExpectedVersion;

class SharedParametersTest {

    private final SharedParameters parameters = new SharedParameters();

    @SuppressWarnings("unused")
    void resource(@QueryParam("page") Integer page, @QueryParam("lon") Double lon, @QueryParam("q") String q,
                  @QueryParam("crs") CoordinateSystem crs, @QueryParam("role") Role role,
                  @HeaderParam("If-Match") ExpectedVersion ifMatch, @QueryParam("stage") TenantStage stage) {
    }

    private static Annotation[] annotationsOf(int index) {
        for (Method m : SharedParametersTest.class.getDeclaredMethods()) {
            if (m.getName().equals("resource")) {
                return m.getParameterAnnotations()[index];
            }
        }
        throw new AssertionError();
    }

    private <T> ParamConverter<T> converter(Class<T> type, int index) {
        return parameters.getConverter(type, type, annotationsOf(index));
    }

    private static ProblemException refused(ParamConverter<?> converter, String value) {
        return assertThrows(ProblemException.class, () -> converter.fromString(value));
    }

    @Test
    void numbersAreRead() {
        assertEquals(3, converter(Integer.class, 0).fromString(" 3 "));
        assertEquals(113.62, converter(Double.class, 1).fromString("113.62"));
        assertNull(converter(Integer.class, 0).fromString(null));
    }

    @Test
    void aParameterThatIsNoNumberIsA400NamingIt() {
        ProblemException e = refused(converter(Integer.class, 0), "abc");
        assertEquals(400, e.status());
        assertEquals("page", e.errors().get(0).field());
        assertEquals("lon", refused(converter(Double.class, 1), "东经").errors().get(0).field());
    }

    @Test
    void crsIsReadAsPeopleWriteIt() {
        assertEquals(CoordinateSystem.GCJ02, converter(CoordinateSystem.class, 3).fromString("GCJ-02"));
        ProblemException e = refused(converter(CoordinateSystem.class, 3), "epsg:3857");
        assertEquals("crs", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().contains("gcj02"), e.errors().get(0).message());
    }

    @Test
    void enumsAreReadByNameInAnyCaseOrByTitle() {
        ParamConverter<Role> role = converter(Role.class, 4);
        assertEquals(Role.GRID_WORKER, role.fromString("grid_worker"));
        assertEquals(Role.GRID_WORKER, role.fromString("网格员"));
        assertEquals("GRID_WORKER", role.toString(Role.GRID_WORKER));
        ProblemException e = refused(role, "管理员");
        assertEquals("role", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().contains("DISTRICT_ADMIN（区县管理员）"), e.errors().get(0).message());
        assertEquals("stage", refused(converter(TenantStage.class, 6), "NOPE").errors().get(0).field());
    }

    @Test
    void ifMatchIsAVersionOrA400NamingTheHeader() {
        ParamConverter<ExpectedVersion> ifMatch = converter(ExpectedVersion.class, 5);
        assertEquals(new ExpectedVersion(3), ifMatch.fromString("\"3\""));
        assertEquals("If-Match", refused(ifMatch, "W/\"3\"").errors().get(0).field(), "a weak tag never matches (RFC 9110)");
        assertEquals("If-Match", refused(ifMatch, "7").errors().get(0).field(), "an entity tag is quoted");
        assertEquals("If-Match", refused(ifMatch, "\"abc\"").errors().get(0).field());
        assertEquals("If-Match", refused(ifMatch, "\"-1\"").errors().get(0).field());
        assertEquals("If-Match", refused(ifMatch, "*").errors().get(0).field());
    }

    @Test
    void theVersionOfAWriteComesFromTheBodyOrTheHeaderAndTheyMustAgree() {
        assertEquals(3, ExpectedVersion.require(new ExpectedVersion(3), null));
        assertEquals(4, ExpectedVersion.require(null, 4L));
        assertEquals(5, ExpectedVersion.require(new ExpectedVersion(5), 5L));
        assertEquals("version", assertThrows(ProblemException.class, () -> ExpectedVersion.require(null, null))
                .errors().get(0).field());
        assertEquals("version", assertThrows(ProblemException.class,
                () -> ExpectedVersion.require(new ExpectedVersion(5), 4L)).errors().get(0).field());
        assertEquals("version", assertThrows(ProblemException.class, () -> ExpectedVersion.require(null, -1L))
                .errors().get(0).field());
    }

    @Test
    void otherTypesAreLeftToJaxrs() {
        assertNull(converter(String.class, 2));
    }
}
