package org.smartjustice.platform.internal.modules;

import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;

import org.junit.jupiter.api.Test;

class ResourceRoutesTest {

    public static class Items {
        @GET
        public String list() {
            return "";
        }

        @GET
        @Path("{id}")
        public String get() {
            return "";
        }

        @DELETE
        @Path("{id: [0-9a-f-]+}")
        public String delete() {
            return "";
        }
    }

    public static class Imports {
        @POST
        @Path("imports")
        public String start() {
            return "";
        }

        @GET
        @Path("imports/{job}")
        public String poll() {
            return "";
        }

        @Path("reports")
        public Object reports() {
            return null;
        }
    }

    private final Items items = new Items();
    private final Imports imports = new Imports();
    private final List<Object> both = List.of(items, imports);

    @Test
    void theResourceWithTheMatchingMethodServesTheRequest() {
        assertSame(items, ResourceRoutes.choose(both, "", "GET"));
        assertSame(items, ResourceRoutes.choose(both, "/", "GET"));
        assertSame(items, ResourceRoutes.choose(both, "abc", "GET"));
        assertSame(imports, ResourceRoutes.choose(both, "imports", "POST"));
        assertSame(imports, ResourceRoutes.choose(both, "imports/42", "GET"));
        assertSame(imports, ResourceRoutes.choose(both, "reports/2026/11", "GET"), "a sub-resource locator");
        assertSame(items, ResourceRoutes.choose(both, "0a-1b", "DELETE"));
        assertSame(items, ResourceRoutes.choose(both, "x", "HEAD"), "HEAD is served by GET");
    }

    @Test
    void theMostLiteralTemplateWinsAsInJaxrs() {
        // "imports" matches both {id} (Items) and the literal "imports" template (Imports) for GET? Only
        // Items has GET {id}; for POST only Imports matches.
        assertSame(items, ResourceRoutes.choose(both, "imports", "GET"));
        assertSame(imports, ResourceRoutes.choose(List.of(items, imports), "imports/7", "GET"));
    }

    @Test
    void noMatchFallsBackToTheFirstSoThatJaxrsAnswers404Or405() {
        assertSame(items, ResourceRoutes.choose(both, "a/b/c", "PATCH"));
        assertSame(imports, ResourceRoutes.choose(List.of(imports), "anything", "GET"));
    }
}
