package org.smartjustice.academy.internal;

import org.apache.aries.jpa.template.EmFunction;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.persistence.TenantPersistence;

/** The module's tables for the current tenant (unit {@code justice-academy}), and the city's published content read as the city. */
@Component(service = AcademyData.class)
public class AcademyData {

    @Reference(target = "(" + TenantPersistence.UNIT + "=justice-academy)")
    private TenantPersistence jpa;

    public <R> R read(EmFunction<R> work) {
        return jpa.read(work);
    }

    public <R> R write(EmFunction<R> work) {
        return jpa.write(work);
    }

    public <R> R readAsCity(EmFunction<R> work) {
        return jpa.readAsCity(work);
    }
}
