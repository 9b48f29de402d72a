package org.smartjustice.platform.internal.rest;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.smartjustice.http.cfg}: what the API tells browsers and clients about itself. Read live. */
@ObjectClassDefinition(name = "智慧司法 HTTP", description = "Cross-origin access and addresses of the REST API.")
public @interface HttpConfig {

    String PID = "org.smartjustice.http";

    @AttributeDefinition(description = "Origins of host UIs that may call the API from a browser (CORS), "
            + "comma-separated, e.g. https://grid.example.gov.cn; empty: none.")
    String corsAllowedOrigins() default "";

    @AttributeDefinition(description = "How long a browser may keep a preflight answer, in seconds.")
    int corsMaxAgeSeconds() default 600;
}
