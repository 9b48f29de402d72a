/** Help for modules' REST resources beyond the JAX-RS API. */
@Version("2.1.0")
@Export
package org.smartjustice.platform.api.rest;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
