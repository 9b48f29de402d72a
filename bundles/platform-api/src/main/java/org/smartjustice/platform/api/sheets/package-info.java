/** What every spreadsheet (CSV, XLSX) the platform or a module writes must do to its cells. */
@Version("1.0.0")
@Export
package org.smartjustice.platform.api.sheets;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
