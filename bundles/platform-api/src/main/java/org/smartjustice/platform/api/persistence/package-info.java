/** Tenant-scoped persistence and schema migrations for module bundles. */
@Version("1.1.0")
@Export
package org.smartjustice.platform.api.persistence;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
