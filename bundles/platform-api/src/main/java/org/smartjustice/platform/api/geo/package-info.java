/** Coordinates and their conversion between WGS-84 and the systems Chinese web maps draw in. */
@Version("1.1.0")
@Export
package org.smartjustice.platform.api.geo;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
