/**
 * What other modules may know of venues: their public facts, queried through {@link VenueDirectory}.
 * Shipped as its own bundle (feature {@code justice-venues-api}) so that a consumer such as the map
 * stays wired to it while the venues module is uninstalled and installed again; the venues bundle
 * implements it and exports nothing.
 */
@Version("1.1.0")
@Export
package org.smartjustice.venues.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
