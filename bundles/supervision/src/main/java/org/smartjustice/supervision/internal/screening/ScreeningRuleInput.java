package org.smartjustice.supervision.internal.screening;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.smartjustice.supervision.internal.departments.DepartmentKind;

/** A screening rule as a client sends it (to store, or to try in a dry run). All conditions given must hold. */
@Schema(description = "甄别规则（新增、修改或试运行）：给出的条件须同时满足，至少一个条件")
public record ScreeningRuleInput(
        @Schema(description = "名称，本租户内唯一", example = "城管执法收费投诉") String name,
        @Schema(description = "说明") String description,
        @Schema(description = "状态（默认 DRAFT 草稿：只用于试运行；ACTIVE 启用：甄别新到的事件版本；OFF 停用）") RuleStatus status,
        @Schema(description = "只用于市本级（410100）：作为各区县的默认规则（区县可为本区县停用）") Boolean cityWide,
        @Schema(description = "事件类别代码，任一即可；大类代码包含其小类（06 含 06001）", example = "[\"06\"]") List<String> categories,
        @Schema(description = "处置部门的类型，任一即可（按事件的处置部门组织编码对照本租户的部门）") List<DepartmentKind> departmentKinds,
        @Schema(description = "标题或描述中的词，任一即可；按中文分词整词匹配，近义词另列") List<Word> words,
        @Schema(description = "true：事件已超期") Boolean overdue,
        @Schema(description = "回退次数至少为此数（1–1000）") Integer minReturns,
        @Schema(description = "满意度评价至多为此数（1–5；未评价的事件不满足）") Integer maxSatisfaction,
        @Schema(description = "同一处置部门、同一类别的事件在同一地点（社区，无社区时街道）若干天内重复出现") Repeat repeat,
        @Schema(description = "修改时：读到的版本（或用 If-Match）") Long version) {

    /** A word and the other ways of saying it (乱收费: 乱收取费用). */
    @Schema(description = "词及其近义词")
    public record Word(@Schema(example = "乱收费") String word, @Schema(example = "[\"乱收取费用\"]") List<String> synonyms) {
    }

    /** At least {@code count} such events, this one included, within {@code days} days before it. */
    @Schema(description = "重复出现：days 天内（含本事件）至少 count 件")
    public record Repeat(@Schema(example = "3") Integer count, @Schema(example = "30") Integer days) {
    }
}
