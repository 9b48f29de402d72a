package org.smartjustice.platform.internal.schedules;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.smartjustice.platform.api.schedules.Schedule;
import org.smartjustice.platform.api.schedules.Schedules;
import org.smartjustice.platform.api.schedules.TenantWork;

/**
 * {@link Schedules} for one module bundle (bundle scope). Names are stored as
 * {@code <bundle symbolic name>/<name>}; when the bundle stops, this instance is deactivated and
 * its schedules stop on this node (a run in progress is interrupted), their state stays.
 */
@Component(service = Schedules.class, scope = ServiceScope.BUNDLE)
public class ScheduleService implements Schedules {

    /** One path segment of the operators' endpoint: no slash, nothing that needs escaping. */
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    @Reference
    private ScheduleTicker ticker;

    private String module;
    private final Set<Registration> mine = ConcurrentHashMap.newKeySet();

    @Activate
    void activate(org.osgi.service.component.ComponentContext component) {
        Bundle user = component.getUsingBundle();
        module = user == null ? "unknown" : user.getSymbolicName();
    }

    @Deactivate
    void deactivate() {
        mine.forEach(Registration::close);
        mine.clear();
    }

    @Override
    public Schedule schedule(String name, Duration period, TenantWork work) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a schedule needs a name");
        }
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("schedule name " + name + ": letters, digits, '.', '_' and '-' only, at most 100");
        }
        if (period == null || period.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("schedule " + name + ": the period must be at least one second");
        }
        if (work == null) {
            throw new IllegalArgumentException("schedule " + name + ": no work");
        }
        Registration registration = new Registration(module + "/" + name, period, work, ticker);
        ticker.add(registration);
        mine.add(registration);
        return registration;
    }
}
