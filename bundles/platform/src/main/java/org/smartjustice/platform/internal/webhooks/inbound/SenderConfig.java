package org.smartjustice.platform.internal.webhooks.inbound;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One host that sends webhooks: {@code etc/org.smartjustice.webhooks.sender-<name>.cfg}, one file per
 * sender. Read live; an unusable configuration is refused with a warning naming the field, and the
 * sender's messages are refused (401) until it is fixed.
 */
@ObjectClassDefinition(name = "智慧司法 Webhook 发送方", description = "A host whose Standard Webhooks the platform accepts.")
public @interface SenderConfig {

    String FACTORY_PID = "org.smartjustice.webhooks.sender";

    @AttributeDefinition(required = false, description = "Name in the URL, POST /api/v1/platform/inbound/<name> (default: the part of the PID after ~).")
    String name() default "";

    @AttributeDefinition(type = AttributeType.PASSWORD, description = "Signing secrets, whsec_<base64 of 24–64 bytes>, comma-separated: "
            + "a message signed with any of them is accepted (add the new one, switch the host, then remove the old one).")
    String[] secrets();

    @AttributeDefinition(required = false, description = "Tenant codes the sender may send messages for, or * (every tenant).")
    String[] tenants();

    @AttributeDefinition(required = false, description = "Seconds webhook-timestamp may differ from this node's clock, either way.")
    int toleranceSeconds() default 300;
}
