package org.smartjustice.rosters.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.smartjustice.rosters.cfg}: the rosters module's settings. Read live. */
@ObjectClassDefinition(name = "智慧司法 组织队伍", description = "Settings of the rosters module (组织队伍 + 指挥调度).")
public @interface RostersConfig {

    String PID = "org.smartjustice.rosters";

    @AttributeDefinition(description = "Data rows one import (grid cells or members) takes at most; a larger file is "
            + "refused (413) before it is read further.")
    int maxImportRows() default 50_000;

    @AttributeDefinition(description = "Seconds between the scans that raise yellow and red cards on overdue tasks "
            + "(one node runs each scan, claimed through the database).")
    int cardScanSeconds() default 60;
}
