/**
 * Work that runs on a timetable (deadline scans, reminders, clean-ups), claimed through the
 * database so that, with several nodes on one database, each run happens on one node only, and
 * its state (last run, next run, outcome) survives restarts (DESIGN §3).
 */
@Version("1.0.0")
@Export
package org.smartjustice.platform.api.schedules;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
