package org.smartjustice.platform.internal.files;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.smartjustice.files.cfg}: where files are kept and how large each kind may be. Read live. */
@ObjectClassDefinition(name = "智慧司法 文件存储", description = "Where stored files are kept and their size limits per kind.")
public @interface FilesConfig {

    String PID = "org.smartjustice.files";

    @AttributeDefinition(description = "database (the default: backed up with the data) or directory (shared by all nodes).")
    String storage() default "database";

    @AttributeDefinition(description = "With storage=directory: the directory every node mounts.")
    String directory() default "";

    @AttributeDefinition(description = "Largest DOCUMENT (templates, office documents), in MiB.")
    int documentMaxMib() default 20;

    @AttributeDefinition(description = "Largest IMAGE, in MiB.")
    int imageMaxMib() default 10;
}
