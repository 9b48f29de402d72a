/**
 * The contract between the platform and the module bundles: modules, menu entries, tenants,
 * the caller of a request and the tenant context.
 */
@Version("1.5.0")
@Export
package org.smartjustice.platform.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
