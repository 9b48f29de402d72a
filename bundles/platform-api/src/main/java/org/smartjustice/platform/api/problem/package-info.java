/** Errors as RFC 9457 problems, and the field validation that produces them. */
@Version("1.3.0")
@Export
package org.smartjustice.platform.api.problem;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
