/** Tenant-scoped persistence for module bundles: the {@link TenantPersistence} service the platform hands each module, the entity superclass, and schema migrations. */
@Version("2.2.0")
@Export
package org.smartjustice.platform.api.persistence;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
