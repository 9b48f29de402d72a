package org.smartjustice.platform.api.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.smartjustice.platform.api.Role;

/**
 * The roles that may call a resource method (or every method of a resource class): the caller
 * needs one of them. The platform checks it after matching and before the method's parameters
 * are read, and refuses others with 403 {@code forbidden} naming the roles. An annotation on the
 * method replaces the one on its class; without either, the module's
 * {@link org.smartjustice.platform.api.JusticeModule#requiredRoles()} alone applies.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface RequiresRole {

    Role[] value();
}
