package org.smartjustice.rosters.internal;

import org.apache.aries.jpa.template.EmFunction;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.persistence.TenantPersistence;

/** The module's tables for the current tenant, as the platform hands them over (unit {@code justice-rosters}). */
@Component(service = RostersData.class)
public class RostersData {

    @Reference(target = "(" + TenantPersistence.UNIT + "=justice-rosters)")
    private TenantPersistence jpa;

    public <R> R read(EmFunction<R> work) {
        return jpa.read(work);
    }

    public <R> R write(EmFunction<R> work) {
        return jpa.write(work);
    }
}
