package org.smartjustice.platform.internal.rest;

import java.lang.annotation.Annotation;
import java.net.URI;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.ws.rs.core.Application;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.GenericType;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Link;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.NewCookie;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriBuilder;
import javax.ws.rs.core.Variant;
import javax.ws.rs.ext.RuntimeDelegate;

/**
 * Just enough of a JAX-RS implementation to build and read outbound {@link Response}s in unit
 * tests, where no Jersey or CXF is on the class path. Install with {@link #install()}.
 */
final class FakeJaxrsRuntime extends RuntimeDelegate {

    static void install() {
        RuntimeDelegate.setInstance(new FakeJaxrsRuntime());
    }

    @Override
    public Response.ResponseBuilder createResponseBuilder() {
        return new Builder();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> HeaderDelegate<T> createHeaderDelegate(Class<T> type) {
        if (type == MediaType.class) {
            return (HeaderDelegate<T>) new MediaTypes();
        }
        throw new IllegalArgumentException("no header delegate for " + type);
    }

    @Override
    public UriBuilder createUriBuilder() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Variant.VariantListBuilder createVariantListBuilder() {
        throw new UnsupportedOperationException();
    }

    @Override
    public <T> T createEndpoint(Application application, Class<T> endpointType) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Link.Builder createLinkBuilder() {
        throw new UnsupportedOperationException();
    }

    static final class MediaTypes implements HeaderDelegate<MediaType> {
        @Override
        public MediaType fromString(String value) {
            String[] parts = value.split(";");
            String[] typeAndSub = parts[0].trim().split("/", 2);
            Map<String, String> params = new HashMap<>();
            for (int i = 1; i < parts.length; i++) {
                String[] kv = parts[i].trim().split("=", 2);
                params.put(kv[0].trim(), kv.length > 1 ? kv[1].trim() : "");
            }
            return new MediaType(typeAndSub[0], typeAndSub.length > 1 ? typeAndSub[1] : null, params);
        }

        @Override
        public String toString(MediaType m) {
            StringBuilder sb = new StringBuilder(m.getType()).append('/').append(m.getSubtype());
            m.getParameters().forEach((k, v) -> sb.append(';').append(k).append('=').append(v));
            return sb.toString();
        }
    }

    static final class Builder extends Response.ResponseBuilder {
        private int status = 200;
        private Object entity;
        private final MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();

        @Override
        public Response build() {
            return new Outbound(status, entity, new MultivaluedHashMap<>(headers));
        }

        @Override
        public Response.ResponseBuilder clone() {
            Builder b = new Builder();
            b.status = status;
            b.entity = entity;
            b.headers.putAll(headers);
            return b;
        }

        @Override
        public Response.ResponseBuilder status(int code) {
            status = code;
            return this;
        }

        @Override
        public Response.ResponseBuilder status(int code, String reason) {
            return status(code);
        }

        @Override
        public Response.ResponseBuilder entity(Object e) {
            entity = e;
            return this;
        }

        @Override
        public Response.ResponseBuilder entity(Object e, Annotation[] annotations) {
            return entity(e);
        }

        @Override
        public Response.ResponseBuilder allow(String... methods) {
            return allow(new LinkedHashSet<>(Arrays.asList(methods)));
        }

        @Override
        public Response.ResponseBuilder allow(Set<String> methods) {
            headers.putSingle(HttpHeaders.ALLOW, String.join(",", methods));
            return this;
        }

        @Override
        public Response.ResponseBuilder header(String name, Object value) {
            if (value == null) {
                headers.remove(name);
            } else {
                headers.add(name, value);
            }
            return this;
        }

        @Override
        public Response.ResponseBuilder replaceAll(MultivaluedMap<String, Object> all) {
            headers.clear();
            if (all != null) {
                headers.putAll(all);
            }
            return this;
        }

        @Override
        public Response.ResponseBuilder type(MediaType type) {
            headers.putSingle(HttpHeaders.CONTENT_TYPE, type);
            return this;
        }

        @Override
        public Response.ResponseBuilder type(String type) {
            return type(MediaType.valueOf(type));
        }

        @Override
        public Response.ResponseBuilder cacheControl(CacheControl cacheControl) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Response.ResponseBuilder encoding(String encoding) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Response.ResponseBuilder language(String language) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Response.ResponseBuilder language(Locale language) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Response.ResponseBuilder variant(Variant variant) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Response.ResponseBuilder contentLocation(URI location) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Response.ResponseBuilder cookie(NewCookie... cookies) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Response.ResponseBuilder expires(Date expires) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Response.ResponseBuilder lastModified(Date lastModified) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Response.ResponseBuilder location(URI location) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Response.ResponseBuilder tag(EntityTag tag) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Response.ResponseBuilder tag(String tag) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Response.ResponseBuilder variants(Variant... variants) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Response.ResponseBuilder variants(List<Variant> variants) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Response.ResponseBuilder links(Link... links) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Response.ResponseBuilder link(URI uri, String rel) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Response.ResponseBuilder link(String uri, String rel) {
            throw new UnsupportedOperationException();
        }
    }

    static final class Outbound extends Response {
        private final int status;
        private final Object entity;
        private final MultivaluedMap<String, Object> headers;

        Outbound(int status, Object entity, MultivaluedMap<String, Object> headers) {
            this.status = status;
            this.entity = entity;
            this.headers = headers;
        }

        @Override
        public int getStatus() {
            return status;
        }

        @Override
        public StatusType getStatusInfo() {
            Status known = Status.fromStatusCode(status);
            if (known != null) {
                return known;
            }
            return new StatusType() {
                @Override
                public int getStatusCode() {
                    return status;
                }

                @Override
                public Status.Family getFamily() {
                    return Status.Family.familyOf(status);
                }

                @Override
                public String getReasonPhrase() {
                    return "";
                }
            };
        }

        @Override
        public Object getEntity() {
            return entity;
        }

        @Override
        public boolean hasEntity() {
            return entity != null;
        }

        @Override
        public MediaType getMediaType() {
            Object type = headers.getFirst(HttpHeaders.CONTENT_TYPE);
            return type == null ? null : type instanceof MediaType m ? m : MediaType.valueOf(type.toString());
        }

        @Override
        public Set<String> getAllowedMethods() {
            String allow = getHeaderString(HttpHeaders.ALLOW);
            if (allow == null || allow.isBlank()) {
                return Set.of();
            }
            return Arrays.stream(allow.split(",")).map(String::trim).collect(Collectors.toCollection(LinkedHashSet::new));
        }

        @Override
        public MultivaluedMap<String, Object> getMetadata() {
            return headers;
        }

        @Override
        public MultivaluedMap<String, String> getStringHeaders() {
            MultivaluedMap<String, String> strings = new MultivaluedHashMap<>();
            headers.forEach((k, vs) -> vs.forEach(v -> strings.add(k, headerString(v))));
            return strings;
        }

        @Override
        public String getHeaderString(String name) {
            List<Object> values = headers.get(name);
            return values == null ? null
                    : values.stream().map(Outbound::headerString).collect(Collectors.joining(","));
        }

        private static String headerString(Object v) {
            return v instanceof MediaType m ? new MediaTypes().toString(m) : String.valueOf(v);
        }

        @Override
        public <T> T readEntity(Class<T> entityType) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> T readEntity(GenericType<T> entityType) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> T readEntity(Class<T> entityType, Annotation[] annotations) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> T readEntity(GenericType<T> entityType, Annotation[] annotations) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean bufferEntity() {
            return false;
        }

        @Override
        public void close() {
        }

        @Override
        public Locale getLanguage() {
            return null;
        }

        @Override
        public int getLength() {
            return -1;
        }

        @Override
        public Map<String, NewCookie> getCookies() {
            return Map.of();
        }

        @Override
        public EntityTag getEntityTag() {
            return null;
        }

        @Override
        public Date getDate() {
            return null;
        }

        @Override
        public Date getLastModified() {
            return null;
        }

        @Override
        public URI getLocation() {
            return null;
        }

        @Override
        public Set<Link> getLinks() {
            return Set.of();
        }

        @Override
        public boolean hasLink(String relation) {
            return false;
        }

        @Override
        public Link getLink(String relation) {
            return null;
        }

        @Override
        public Link.Builder getLinkBuilder(String relation) {
            return null;
        }
    }
}
