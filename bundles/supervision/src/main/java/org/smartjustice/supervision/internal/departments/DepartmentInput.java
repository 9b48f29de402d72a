package org.smartjustice.supervision.internal.departments;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A department as a client sends it (REST body, or one row of an import). */
@Schema(description = "部门（新增或修改）")
public record DepartmentInput(
        @Schema(description = "名称（全称），本租户内唯一", example = "郑州市市场监督管理局") String name,
        @Schema(description = "简称", example = "市市场监管局") String shortName,
        @Schema(description = "部门类型") DepartmentKind kind,
        @Schema(description = "统一社会信用代码（18 位，含校验码），可空；本租户内唯一") String creditCode,
        @Schema(description = "宿主平台的组织编码：部门联络员令牌的 org；本租户内唯一") String org,
        @Schema(description = "执法领域（文字）") String enforcementDomains,
        @Schema(description = "谁执法谁普法责任事项，每项一条") List<String> responsibilities,
        @Schema(description = "信息来源（公开出处）") String source,
        @Schema(description = "名称与职责是否已由官方来源核实（默认是）") Boolean verified,
        @Schema(description = "状态（默认 ACTIVE）") DepartmentStatus status,
        @Schema(description = "修改时：读到的版本（或用 If-Match）") Long version) {
}
