/** Spreadsheets in and out: uploads read into tables with per-row import reports, templates, and exports safe to open in Excel and WPS. */
@Version("1.3.0")
@Export
package org.smartjustice.platform.api.sheets;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
