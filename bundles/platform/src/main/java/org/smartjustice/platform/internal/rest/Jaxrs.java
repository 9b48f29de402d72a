package org.smartjustice.platform.internal.rest;

/** Service properties that place the platform's JAX-RS services into its whiteboard application. */
public final class Jaxrs {

    public static final String APP_NAME = "justice";
    public static final String BASE = "/api/v1";

    public static final String RESOURCE = "osgi.jaxrs.resource=true";
    public static final String EXTENSION = "osgi.jaxrs.extension=true";
    public static final String IN_APP = "osgi.jaxrs.application.select=(osgi.jaxrs.name=" + APP_NAME + ")";
    public static final String NEEDS_JSON = "osgi.jaxrs.extension.select=(osgi.jaxrs.name=justice.json)";
    /**
     * Nothing is served without the request-scope filter (authentication, tenant checks): a
     * resource that selects it is not served at all while the filter is missing.
     */
    public static final String NEEDS_SCOPE = "osgi.jaxrs.extension.select=(osgi.jaxrs.name=justice.scope)";
    /** Resources that serve {@code @RequiresRole} methods are not served without the filter that checks it. */
    public static final String NEEDS_ROLES = "osgi.jaxrs.extension.select=(osgi.jaxrs.name=" + RoleCheckFilter.NAME + ")";
    /** Resources whose methods take a body rely on the filter that refuses a request without one. */
    public static final String NEEDS_BODY = "osgi.jaxrs.extension.select=(osgi.jaxrs.name=justice.body)";

    private Jaxrs() {
    }
}
