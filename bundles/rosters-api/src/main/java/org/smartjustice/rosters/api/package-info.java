/**
 * What other modules may know of rosters: the vocabulary of the people of the justice system in
 * the grid (DESIGN §2), their roles and the duties they take. Shipped as its own bundle (feature
 * {@code justice-rosters-api}) so that consumers stay wired while the rosters module comes and goes.
 */
@Version("1.1.0")
@Export
package org.smartjustice.rosters.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
