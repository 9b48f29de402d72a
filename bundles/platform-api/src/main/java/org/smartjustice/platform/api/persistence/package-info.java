/** Tenant-scoped persistence for module bundles: the {@link TenantPersistence} service the platform hands each module, the entity superclass, schema migrations, and the filters and pages of lists ({@link QueryFilter}). */
@Version("2.3.0")
@Export
package org.smartjustice.platform.api.persistence;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
