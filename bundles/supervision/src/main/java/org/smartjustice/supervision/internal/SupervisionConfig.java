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

    @AttributeDefinition(description = "MiB one NDJSON back-fill of grid events takes at most (streamed to a file of the node, "
            + "not held in memory); a larger body is refused (413). A district's year is some hundred MiB; send a larger one by month.")
    int maxBackfillMebibytes() default 512;
}
