package org.smartjustice.platform.internal.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.ws.rs.HeaderParam;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.UriInfo;

import org.junit.jupiter.api.Test;

class RequiredBodyFilterTest {

    @SuppressWarnings("unused")
    static class Resource {
        public void update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, Object input) {
        }

        public void enable(@PathParam("code") String code, @QueryParam("q") String q, @Context UriInfo uri) {
        }
    }

    @Test
    void aMethodWithAnUnannotatedParameterTakesABody() throws Exception {
        assertTrue(RequiredBodyFilter.takesBody(Resource.class.getMethod("update", String.class, String.class, Object.class)));
        assertFalse(RequiredBodyFilter.takesBody(Resource.class.getMethod("enable", String.class, String.class, UriInfo.class)));
        assertFalse(RequiredBodyFilter.takesBody(null), "a sub-resource locator is matched first");
    }
}
