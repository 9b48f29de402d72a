package org.smartjustice.supervision.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.smartjustice.supervision.cfg}: the supervision module's settings. Read live. */
@ObjectClassDefinition(name = "智慧司法 行政执法监督", description = "Settings of the supervision module (行政执法监督).")
public @interface SupervisionConfig {

    String PID = "org.smartjustice.supervision";

    @AttributeDefinition(description = "Data rows one departments import takes at most; a larger file is refused (413) "
            + "before it is read further. A city has some hundreds of departments.")
    int maxDepartmentImportRows() default 5_000;
}
