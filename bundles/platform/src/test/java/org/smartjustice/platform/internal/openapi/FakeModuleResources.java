package org.smartjustice.platform.internal.openapi;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.smartjustice.platform.api.JusticeResource;

/** Module resources shaped like real ones: no class-level @Path, method paths relative to the module. */
final class FakeModuleResources {

    private FakeModuleResources() {
    }

    record Item(String id, String title, long version) {
    }

    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class Tenant implements JusticeResource {

        @GET
        @Path("items")
        public List<Item> list(@QueryParam("q") String q) {
            return List.of();
        }

        @POST
        @Path("items")
        public Item create(Item input) {
            return input;
        }

        @GET
        @Path("items/{id}")
        public Item get(@PathParam("id") String id) {
            return null;
        }

        /** Not an endpoint: public helpers of a resource must not show up. */
        public String helper() {
            return "";
        }
    }

    @Produces(MediaType.APPLICATION_JSON)
    public static class Public implements JusticeResource {

        @GET
        @Path("hello")
        public Item hello() {
            return null;
        }
    }
}
