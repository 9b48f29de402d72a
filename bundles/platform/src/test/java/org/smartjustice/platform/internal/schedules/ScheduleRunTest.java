package org.smartjustice.platform.internal.schedules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.Tenant;
import org.smartjustice.platform.api.TenantStage;
import org.smartjustice.platform.api.schedules.TenantWork;
import org.smartjustice.platform.internal.audit.AuditService;
import org.smartjustice.platform.internal.context.RequestContext;

class ScheduleRunTest {

    /** Records what would be audited instead of storing it. */
    static final class Audited extends AuditService {
        final List<String> records = new ArrayList<>();

        @Override
        public void append(String principal, String tenant, String action, String target, String outcome, String detail) {
            records.add(principal + " " + tenant + " " + action + " " + target + " " + outcome);
        }
    }

    private final RequestContext context = new RequestContext();
    private final Audited audit = new Audited();
    private final ScheduleRun run = new ScheduleRun(context, audit);

    static Tenant tenant(String code, TenantStage stage) {
        OffsetDateTime t = OffsetDateTime.parse("2026-03-01T08:00:00+08:00");
        return new Tenant(code, code, stage, 0, t, t);
    }

    static final List<Tenant> TENANTS = List.of(tenant("410100", TenantStage.PILOT), tenant("410102", TenantStage.PILOT),
            tenant("410103", TenantStage.PLANNED), tenant("410104", TenantStage.SUSPENDED), tenant("410105", TenantStage.CITYWIDE));

    private Registration schedule(TenantWork work) {
        return new Registration("org.example.module/scan", Duration.ofMinutes(1), work, null);
    }

    @Test
    void runsForEveryActiveTenantInItsScopeAsTheScheduleAndAuditsNothingOnSuccess() {
        List<String> seen = new ArrayList<>();
        ScheduleRun.Outcome outcome = run.run(schedule(tenant -> seen.add(tenant + " " + context.requireTenant() + " "
                + context.principal().subject() + " " + context.principal().mayActFor("410199"))), TENANTS);

        assertEquals(List.of("410100 410100 system:schedule false", "410102 410102 system:schedule false",
                "410103 410103 system:schedule false", "410105 410105 system:schedule false"), seen);
        assertEquals(ScheduleStore.SUCCESS, outcome.outcome());
        assertEquals("已运行租户 4 个", outcome.message());
        assertEquals(List.of(), audit.records);
        assertFalse(context.isOpen(), "each tenant's scope is closed after its turn");
    }

    @Test
    void oneTenantFailingDoesNotStopTheOthers() {
        List<String> seen = new ArrayList<>();
        ScheduleRun.Outcome outcome = run.run(schedule(tenant -> {
            if (tenant.equals("410102")) {
                throw new IllegalStateException("扫描失败");
            }
            seen.add(tenant);
        }), TENANTS);

        assertEquals(List.of("410100", "410103", "410105"), seen);
        assertEquals(ScheduleStore.FAILURE, outcome.outcome());
        assertTrue(outcome.message().contains("失败 1 个：410102 IllegalStateException: 扫描失败"), outcome.message());
        assertEquals(List.of("system:schedule 410102 schedule.failed org.example.module/scan failure"), audit.records);
    }

    @Test
    void aClosedScheduleStopsBeforeTheNextTenant() {
        List<String> seen = new ArrayList<>();
        Registration[] self = new Registration[1];
        self[0] = schedule(tenant -> {
            seen.add(tenant);
            self[0].closed = true;
        });
        ScheduleRun.Outcome outcome = run.run(self[0], TENANTS);

        assertEquals(List.of("410100"), seen);
        assertTrue(outcome.interrupted());
        assertEquals(ScheduleStore.FAILURE, outcome.outcome());
        assertTrue(outcome.message().startsWith("模块已停止"), outcome.message());
    }

    @Test
    void anInterruptedWorkEndsTheRun() {
        List<String> seen = new ArrayList<>();
        ScheduleRun.Outcome outcome = run.run(schedule(tenant -> {
            seen.add(tenant);
            throw new InterruptedException();
        }), TENANTS);
        assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
        assertEquals(List.of("410100"), seen);
        assertTrue(outcome.interrupted());
        assertEquals(List.of(), audit.records, "an interruption is no tenant's failure");
    }
}
