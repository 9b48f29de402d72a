package org.smartjustice.platform.internal.answers;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.smartjustice.answers.cfg}: the memory all modules' kept answers share. Read live. */
@ObjectClassDefinition(name = "智慧司法 答复缓存", description = "Answers kept in memory for every module, keyed by tenant.")
public @interface AnswersConfig {

    String PID = "org.smartjustice.answers";

    @AttributeDefinition(description = "Memory for kept answers (bodies and keys), in MiB; 0 keeps none.")
    int cacheMiB() default 64;
}
