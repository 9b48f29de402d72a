package org.smartjustice.platform.internal.schedules;

import java.time.Duration;

import org.smartjustice.platform.api.schedules.Schedule;
import org.smartjustice.platform.api.schedules.TenantWork;

/** A schedule registered on this node by one module's {@link ScheduleService}. */
final class Registration implements Schedule {

    final String name;
    final long periodSeconds;
    final TenantWork work;
    private final ScheduleTicker ticker;
    /** Whether its row is stored; the ticker retries a registration the database refused. */
    volatile boolean stored;
    volatile boolean closed;

    Registration(String name, Duration period, TenantWork work, ScheduleTicker ticker) {
        this.name = name;
        this.periodSeconds = period.getSeconds();
        this.work = work;
        this.ticker = ticker;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void runSoon() {
        ticker.runSoon(name);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            ticker.remove(this);
        }
    }

    @Override
    public String toString() {
        return name + " every " + periodSeconds + " s";
    }
}
