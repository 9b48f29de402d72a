package org.smartjustice.platform.internal.demo;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "智慧司法 演示数据",
        description = "Demo tenants for local runs and demonstrations; off in production.")
public @interface DemoConfig {

    String PID = "org.smartjustice.demo";

    @AttributeDefinition(description = "Load the districts of 郑州 as tenants when there are none yet.")
    boolean enabled() default false;

    @AttributeDefinition(description = "Comma-separated division codes of the pilot districts.")
    String pilotTenants() default "410102,410122";

    @AttributeDefinition(description = "Switch every installed module on for the pilot districts, unless someone already decided.")
    boolean enableModulesForPilots() default true;
}
