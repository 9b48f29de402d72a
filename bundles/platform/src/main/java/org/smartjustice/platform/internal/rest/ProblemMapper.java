package org.smartjustice.platform.internal.rest;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;

/** Every error of the application, JAX-RS's own included, leaves as {@code application/problem+json}. */
@Component(service = javax.ws.rs.ext.ExceptionMapper.class, property = { Jaxrs.EXTENSION, Jaxrs.IN_APP,
        "osgi.jaxrs.name=justice.problems" })
public class ProblemMapper implements ExceptionMapper<Throwable> {

    @Override
    public Response toResponse(Throwable exception) {
        return Problems.toResponse(exception);
    }
}
