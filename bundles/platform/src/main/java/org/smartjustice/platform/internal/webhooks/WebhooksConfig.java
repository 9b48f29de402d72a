package org.smartjustice.platform.internal.webhooks;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * {@code etc/org.smartjustice.webhooks.cfg}: how deliveries are attempted, and how often inbound
 * messages a module failed to handle are handed over again. Read live.
 */
@ObjectClassDefinition(name = "智慧司法 Webhook 投递", description = "Retries, timeouts and polling of outbound webhooks; retries of inbound ones.")
public @interface WebhooksConfig {

    String PID = "org.smartjustice.webhooks";

    @AttributeDefinition(description = "Waits between attempts (first attempt at once), e.g. 5s, 5m, 30m, 2h; FAILED after the last.")
    String retrySchedule() default RetrySchedule.DEFAULT;

    @AttributeDefinition(description = "Seconds an attempt may take (connecting and answering) before it counts as failed.")
    int requestTimeoutSeconds() default 15;

    @AttributeDefinition(description = "Milliseconds between looks for due deliveries.")
    int pollIntervalMillis() default 1000;

    @AttributeDefinition(description = "Days a DELIVERED delivery is kept.")
    int keepDeliveredDays() default 7;

    @AttributeDefinition(description = "Days a FAILED delivery is kept for operators to retry.")
    int keepFailedDays() default 30;

    @AttributeDefinition(description = "Inbound: waits between hand-overs to the module after a failed one, e.g. 10s, 1m; FAILED after the last.")
    String inboundRetrySchedule() default "10s, 1m, 5m, 30m, 2h, 6h";

    @AttributeDefinition(description = "Inbound: seconds between looks for messages due again (or waiting for a module).")
    int inboundPollSeconds() default 10;
}
