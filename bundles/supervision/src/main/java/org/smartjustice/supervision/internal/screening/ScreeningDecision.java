package org.smartjustice.supervision.internal.screening;

import io.swagger.v3.oas.annotations.media.Schema;

/** A supervisor's decision on a screened event: the version read, and a note (required to dismiss). */
@Schema(description = "归集或排除")
public record ScreeningDecision(@Schema(description = "排除时必填：理由；归集时可填说明", example = "属正常执法，已核实") String note,
                                @Schema(description = "读到的版本（或用 If-Match）") Long version) {
}
