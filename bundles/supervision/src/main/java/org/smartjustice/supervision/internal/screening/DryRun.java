package org.smartjustice.supervision.internal.screening;

import java.time.OffsetDateTime;
import java.util.List;

import org.smartjustice.supervision.internal.events.EventView;

/** What a rule would have taken: of {@code examined} events reported in the last {@code days} days, {@code matched}. */
public record DryRun(int days, OffsetDateTime from, OffsetDateTime to, long examined, long matched, List<Example> examples) {

    /** An event the rule takes, and why. */
    public record Example(EventView event, List<ScreeningRules.Finding> findings) {
    }
}
