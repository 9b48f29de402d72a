package org.smartjustice.rosters.internal.demo;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.rosters.api.Duty;
import org.smartjustice.rosters.api.RosterRole;
import org.smartjustice.rosters.internal.grids.GridCellEntity;
import org.smartjustice.rosters.internal.grids.GridStore;
import org.smartjustice.rosters.internal.members.MemberEntity;
import org.smartjustice.rosters.internal.members.MemberStore;
import org.smartjustice.rosters.internal.tasks.StepInput;
import org.smartjustice.rosters.internal.tasks.Target;
import org.smartjustice.rosters.internal.tasks.TargetKind;
import org.smartjustice.rosters.internal.tasks.TaskAction;
import org.smartjustice.rosters.internal.tasks.TaskEntity;
import org.smartjustice.rosters.internal.tasks.TaskInput;
import org.smartjustice.rosters.internal.tasks.TaskService;
import org.smartjustice.rosters.internal.tasks.TaskStore;
import org.smartjustice.rosters.internal.tasks.Urgency;

/**
 * Demo tasks in every state, sent through the real dispatch and steps (so their histories, events
 * and audit are real), then moved back in time by up to three weeks so that cards and the monthly
 * figures have something to show. Titles say 示例.
 */
@Component(service = DemoTasks.class)
public class DemoTasks {

    private static final String[][] TITLES = {
        { "DISPUTE_RESOLUTION", "邻里噪音纠纷调解" }, { "DISPUTE_RESOLUTION", "土地承包经营权纠纷化解" },
        { "DISPUTE_RESOLUTION", "婚姻家庭矛盾调处" }, { "DISPUTE_RESOLUTION", "物业服务费用纠纷调解" },
        { "RISK_SCREENING", "矛盾纠纷风险排查" }, { "RISK_SCREENING", "欠薪隐患走访排查" },
        { "LEGAL_EDUCATION", "民法典进社区宣讲" }, { "LEGAL_EDUCATION", "防范电信网络诈骗普法宣传" },
        { "LEGAL_CONSULTATION", "群众法律咨询：工伤赔偿" }, { "LEGAL_CONSULTATION", "群众法律咨询：农民工讨薪" },
        { "LEGAL_SERVICES", "协助困难群众申请法律援助" }, { "ENFORCEMENT_SUPERVISION", "执法扰民反映核实" } };

    @Reference
    private TaskService tasks;

    @Reference
    private TaskStore store;

    @Reference
    private GridStore grids;

    @Reference
    private MemberStore members;

    @Reference
    private TenantContext context;

    /** Makes up to {@code n} tasks in the current tenant; returns how many. */
    public int make(int n) {
        List<GridCellEntity> cells = grids.byCode(400);
        if (cells.isEmpty()) {
            return 0;
        }
        Random random = new Random(context.requireTenant().hashCode());
        int made = 0;
        for (int i = 0; i < n; i++) {
            String[] t = TITLES[i % TITLES.length];
            Duty duty = Duty.valueOf(t[0]);
            GridCellEntity grid = cells.get(random.nextInt(cells.size()));
            RosterRole role = duty == Duty.DISPUTE_RESOLUTION || duty == Duty.RISK_SCREENING ? RosterRole.MEDIATOR
                    : duty == Duty.LEGAL_EDUCATION ? RosterRole.LEGAL_AWARE_RESIDENT : RosterRole.COMMUNITY_LEGAL_ADVISER;
            try {
                TaskEntity task = tasks.dispatch(new TaskInput("demo-" + i, t[1] + "（示例）", "合成的演示任务，不代表真实事件。",
                        duty, i % 5 == 0 ? Urgency.URGENT : Urgency.NORMAL, null, null, null, null,
                        new Target(TargetKind.ROLE_IN_GRID, null, role, grid.code), null)).task();
                advance(task, i % 8);
                shift(task.id(), Duration.ofHours(random.nextInt(21 * 24)));
                made++;
            } catch (RuntimeException e) {
                // A grid without anyone to take the task: the demo skips it.
            }
        }
        return made;
    }

    private void advance(TaskEntity task, int stage) {
        if (stage == 0) {
            return;
        }
        MemberEntity member = members.find(store.firstAwaiting(task.id()).orElseThrow()).orElseThrow();
        String id = task.id();
        if (stage == 5) {
            tasks.act(id, TaskAction.RETURN, text("不属于本网格，请改派"), null, member);
            return;
        }
        if (stage == 6) {
            tasks.act(id, TaskAction.CANCEL, text("群众已自行和解，撤销"), null, null);
            return;
        }
        tasks.act(id, TaskAction.ACCEPT, StepInput.EMPTY, null, member);
        if (stage >= 2) {
            tasks.act(id, TaskAction.START, StepInput.EMPTY, null, member);
        }
        if (stage == 7) {
            TaskEntity now = store.find(id).orElseThrow();
            tasks.act(id, TaskAction.REQUEST_EXTENSION, new StepInput("需等待当事人返乡", null, null, null,
                    UtcTimes.toOffset(now.finishYellowAt.plusDays(3)), null, null), null, member);
            return;
        }
        if (stage >= 3) {
            tasks.act(id, TaskAction.ANSWER, text("已上门了解情况，双方达成一致意见"), null, member);
        }
        if (stage == 4) {
            tasks.act(id, TaskAction.VERIFY, text("电话回访，群众满意"), null, null);
        }
    }

    private static StepInput text(String text) {
        return new StepInput(text, null, null, null, null, null, null);
    }

    /** Moves a demo task's whole history back in time. */
    private void shift(String id, Duration back) {
        store.write(em -> {
            TaskEntity t = em.find(TaskEntity.class, id);
            t.dispatchedAt = minus(t.dispatchedAt, back);
            t.acceptYellowAt = minus(t.acceptYellowAt, back);
            t.acceptRedAt = minus(t.acceptRedAt, back);
            t.finishYellowAt = minus(t.finishYellowAt, back);
            t.finishRedAt = minus(t.finishRedAt, back);
            t.nextDueAt = minus(t.nextDueAt, back);
            t.acceptedAt = minus(t.acceptedAt, back);
            t.answeredAt = minus(t.answeredAt, back);
            t.closedAt = minus(t.closedAt, back);
            t.extensionUntil = minus(t.extensionUntil, back);
            t.createdAt = minus(t.createdAt, back);
            t.updatedAt = minus(t.updatedAt, back);
            t.month = OffsetDateTime.of(t.dispatchedAt, ZoneOffset.UTC).atZoneSameInstant(UtcTimes.DISPLAY_ZONE).toString()
                    .substring(0, 7);
            store.steps(em, id).forEach(s -> s.at = minus(s.at, back));
            store.assignees(em, id).forEach(a -> a.dueAt = minus(a.dueAt, back));
            return null;
        });
    }

    private static LocalDateTime minus(LocalDateTime time, Duration back) {
        return time == null ? null : time.minus(back);
    }
}
