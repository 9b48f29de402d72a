/**
 * Long work (imports, exports, rebuilds) as jobs: {@code 202} with a {@code Location} to poll, the
 * state kept in the database so that any node answers the poll and a restart reports a running
 * job as failed with what it had done, never as lost (DESIGN §4).
 */
@Version("1.0.0")
@Export
package org.smartjustice.platform.api.jobs;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
