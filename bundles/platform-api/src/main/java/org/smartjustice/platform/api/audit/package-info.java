/** The audit log: who did what, for which tenant, when, with which outcome. */
@Version("1.0.0")
@Export
package org.smartjustice.platform.api.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
