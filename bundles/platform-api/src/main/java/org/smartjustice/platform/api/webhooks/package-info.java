/**
 * Webhooks per Standard Webhooks (DESIGN §4). Outbound ({@link Webhooks}): events are stored in
 * the database with the change that caused them, signed (HMAC-SHA256 over {@code id.timestamp.body},
 * a secret per host endpoint from configuration), delivered with retries and back-off, never lost on
 * restart, and their delivery state is visible to operators. Inbound ({@link InboundWebhookHandler}):
 * the platform verifies a host's signed messages, stores them raw before answering, and hands each
 * to the module that registered a handler for its type, once, in the message's tenant scope.
 */
@Version("1.1.0")
@Export
package org.smartjustice.platform.api.webhooks;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
