package org.smartjustice.platform.api;

/**
 * Marker for a module's JAX-RS resource. A module registers its annotated resource class as a
 * DS service of this type with the service property {@value #MODULE} (the module id) and
 * optionally {@value #SCOPE} ({@value #SCOPE_TENANT}, the default, or {@value #SCOPE_PUBLIC}).
 *
 * <p>The platform serves a tenant-scoped resource at {@code /api/v1/t/{tenant}/{module}} and a
 * public one at {@code /api/v1/public/t/{tenant}/{module}}, after it has authenticated the caller,
 * checked the tenant and checked that the module is enabled for it. Class-level {@code @Path}
 * annotations are therefore not used; method-level ones are relative to that base.
 */
public interface JusticeResource {

    String MODULE = "justice.module";
    String SCOPE = "justice.scope";
    String SCOPE_TENANT = "tenant";
    String SCOPE_PUBLIC = "public";
}
