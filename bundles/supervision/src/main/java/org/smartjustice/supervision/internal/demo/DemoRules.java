package org.smartjustice.supervision.internal.demo;

import java.util.List;

import org.smartjustice.supervision.internal.departments.DepartmentKind;
import org.smartjustice.supervision.internal.screening.RuleStatus;
import org.smartjustice.supervision.internal.screening.ScreeningRuleInput;
import org.smartjustice.supervision.internal.screening.ScreeningRuleInput.Word;

/**
 * The city's default screening rules of the demo: what the plan (§四(一)3(3)) asks supervisors to look
 * for in grid events (the way enforcement was done, returns, dissatisfaction, overdue enforcement, the
 * same problem again and again), active in every district that keeps them.
 */
final class DemoRules {

    private DemoRules() {
    }

    static List<ScreeningRuleInput> all() {
        return List.of(
                rule("执法方式投诉", "标题或描述提到执法方式问题的事件", List.of(
                        new Word("暴力执法", List.of("粗暴执法", "野蛮执法")),
                        new Word("乱罚款", List.of("乱收费", "乱收取费用")),
                        new Word("吃拿卡要", List.of()),
                        new Word("以罚代管", List.of()),
                        new Word("选择性执法", List.of()),
                        new Word("不作为", List.of("推诿", "拖延不办"))), null, null, null, null),
                rule("多次回退", "处置部门回退两次以上的事件", List.of(), null, 2, null, null),
                rule("群众不满意", "满意度评价为 1 或 2 分的事件", List.of(), null, null, 2, null),
                new ScreeningRuleInput("执法部门超期", "执法队伍和执法机构超期未办结的事件", RuleStatus.ACTIVE, true, List.of(),
                        List.of(DepartmentKind.ENFORCEMENT_TEAM, DepartmentKind.ENFORCEMENT_AGENCY), List.of(), true, null, null, null,
                        null),
                rule("同类问题反复发生", "同一处置部门的同类事件 30 天内在同一社区出现 3 次以上", List.of(), null, null, null,
                        new ScreeningRuleInput.Repeat(3, 30)));
    }

    private static ScreeningRuleInput rule(String name, String description, List<Word> words, Boolean overdue, Integer minReturns,
                                           Integer maxSatisfaction, ScreeningRuleInput.Repeat repeat) {
        return new ScreeningRuleInput(name, description, RuleStatus.ACTIVE, true, List.of(), List.of(), words, overdue, minReturns,
                maxSatisfaction, repeat, null);
    }
}
