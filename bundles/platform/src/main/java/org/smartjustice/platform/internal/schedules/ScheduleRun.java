package org.smartjustice.platform.internal.schedules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.smartjustice.platform.api.Principal;
import org.smartjustice.platform.api.Role;
import org.smartjustice.platform.api.Tenant;
import org.smartjustice.platform.api.TenantStage;
import org.smartjustice.platform.internal.audit.AuditService;
import org.smartjustice.platform.internal.context.RequestContext;
import org.smartjustice.platform.internal.context.RequestScope;

/**
 * One run of a schedule: the work once per active tenant, in that tenant's scope. Nothing is audited
 * for a tenant that succeeds (a scan every minute over every district would bury the audit log);
 * a tenant that fails is audited and logged, and the others still run.
 */
final class ScheduleRun {

    static final String ACTOR = "system:schedule";
    private static final Logger LOG = Logger.getLogger(ScheduleRun.class.getName());

    /** How a run ended; {@code interrupted} when it stopped before every tenant had its turn. */
    record Outcome(boolean interrupted, int tenants, List<String> failures) {

        String outcome() {
            return interrupted || !failures.isEmpty() ? ScheduleStore.FAILURE : ScheduleStore.SUCCESS;
        }

        String message() {
            String ran = "已运行租户 " + (tenants - failures.size()) + " 个";
            if (interrupted) {
                ran = "模块已停止，运行中断；" + ran;
            }
            return failures.isEmpty() ? ran : ran + "，失败 " + failures.size() + " 个：" + String.join("；", failures);
        }
    }

    private final RequestContext context;
    private final AuditService audit;

    ScheduleRun(RequestContext context, AuditService audit) {
        this.context = context;
        this.audit = audit;
    }

    /** Active: every tenant but a suspended one (a planned district may already hold data). */
    static boolean active(Tenant tenant) {
        return tenant.stage() != TenantStage.SUSPENDED;
    }

    static Principal actor(String tenant) {
        return new Principal(ACTOR, "定时任务", Set.of(Role.PLATFORM_OPERATOR), Set.of(tenant));
    }

    Outcome run(Registration schedule, List<Tenant> tenants) {
        List<String> failures = new ArrayList<>();
        int ran = 0;
        for (Tenant tenant : tenants) {
            if (!active(tenant)) {
                continue;
            }
            if (schedule.closed || Thread.currentThread().isInterrupted()) {
                return new Outcome(true, ran, failures);
            }
            String code = tenant.code();
            ran++;
            try {
                context.runIn(new RequestScope(actor(code), code), () -> {
                    schedule.work.run(code);
                    return null;
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Outcome(true, ran - 1, failures);
            } catch (Exception | LinkageError e) {
                if (schedule.closed) {
                    return new Outcome(true, ran - 1, failures);
                }
                String why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                failures.add(code + " " + Timetable.cut(why, 200));
                LOG.log(Level.WARNING, "schedule " + schedule.name + " failed for tenant " + code, e);
                audit.append(ACTOR, code, "schedule.failed", schedule.name, "failure", why);
            }
        }
        return new Outcome(false, ran, failures);
    }
}
