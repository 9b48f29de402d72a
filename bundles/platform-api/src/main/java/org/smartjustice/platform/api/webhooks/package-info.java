/**
 * Outbound webhooks to the host platform per Standard Webhooks (DESIGN §4): events are stored in
 * the database with the change that caused them, signed (HMAC-SHA256 over
 * {@code id.timestamp.body}, a secret per host endpoint from configuration), delivered with
 * retries and back-off, never lost on restart, and their delivery state is visible to operators.
 */
@Version("1.0.0")
@Export
package org.smartjustice.platform.api.webhooks;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
