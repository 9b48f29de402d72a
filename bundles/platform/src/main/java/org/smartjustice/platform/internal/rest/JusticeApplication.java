package org.smartjustice.platform.internal.rest;

import javax.ws.rs.core.Application;

import org.osgi.service.component.annotations.Component;

/**
 * The one JAX-RS application of 智慧司法, at {@value Jaxrs#BASE}. Modules never register into it
 * directly: their resources are reached through the platform's gateways, so installing or
 * removing a module does not rebuild the application under other modules' running requests.
 */
@Component(service = Application.class, property = {
        "osgi.jaxrs.application.base=" + Jaxrs.BASE,
        "osgi.jaxrs.name=" + Jaxrs.APP_NAME })
public class JusticeApplication extends Application {
}
