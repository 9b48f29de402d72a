/**
 * The administrative divisions of the city (区划): the city, its districts (区县, 6-digit codes),
 * streets (乡镇/街道, 9 digits) and communities (村/社区, 12 digits), with approximate bounds.
 * Modules check and pick divisions through {@link Divisions}; grid cells, which have no public
 * list, are a module's own data hung under communities.
 */
@Version("1.0.0")
@Export
package org.smartjustice.platform.api.divisions;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
