package org.smartjustice.venues.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.smartjustice.venues.cfg}: the venues module's settings. Read live. */
@ObjectClassDefinition(name = "智慧司法 阵地管理", description = "Settings of the venues module (阵地管理).")
public @interface VenuesConfig {

    String PID = "org.smartjustice.venues";

    @AttributeDefinition(description = "Data rows one import takes at most; a larger file is refused (413) before it "
            + "is read further. The largest district list is a few thousand venues.")
    int maxImportRows() default 50_000;
}
