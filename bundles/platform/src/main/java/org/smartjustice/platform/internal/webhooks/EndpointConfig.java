package org.smartjustice.platform.internal.webhooks;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One host endpoint: {@code etc/org.smartjustice.webhooks.endpoint-<name>.cfg}, one file per endpoint.
 * Read live; an unusable configuration is refused with a warning naming the field.
 */
@ObjectClassDefinition(name = "智慧司法 Webhook 接收端", description = "A host endpoint that receives Standard Webhooks.")
public @interface EndpointConfig {

    String FACTORY_PID = "org.smartjustice.webhooks.endpoint";

    @AttributeDefinition(required = false, description = "Stable name shown with deliveries (default: the part of the PID after ~).")
    String name() default "";

    @AttributeDefinition(description = "Absolute http(s) URL the events are POSTed to.")
    String url();

    @AttributeDefinition(type = AttributeType.PASSWORD, description = "Signing secret, whsec_<base64 of 24–64 bytes>.")
    String secret();

    @AttributeDefinition(required = false, description = "Event types: a type, a prefix such as rosters.task.*, or * (default).")
    String[] events() default { "*" };

    @AttributeDefinition(required = false, description = "Tenant codes whose events are sent, or * (default).")
    String[] tenants() default { "*" };
}
