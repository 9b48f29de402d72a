/**
 * What other modules may know of venues: their public facts, queried through {@link VenueDirectory}.
 * The map module uses it; nothing else of the venues bundle is visible outside it.
 */
@Version("1.1.0")
@Export
package org.smartjustice.venues.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
