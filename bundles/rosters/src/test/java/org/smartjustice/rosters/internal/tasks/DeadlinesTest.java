package org.smartjustice.rosters.internal.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.problem.FieldError;

class DeadlinesTest {

    @Test
    void theDefaultsFollowThePractice() {
        Deadlines normal = Deadlines.defaults(Urgency.NORMAL);
        assertEquals(Duration.ofDays(2), normal.acceptYellow());
        assertEquals(Duration.ofDays(5), normal.acceptRed());
        assertEquals(Duration.ofDays(5), normal.finishYellow());
        assertEquals(Duration.ofDays(10), normal.finishRed());
        for (Urgency u : Urgency.values()) {
            Deadlines d = Deadlines.defaults(u);
            List<FieldError> errors = new ArrayList<>();
            assertEquals(d, Deadlines.parse(new Deadlines.Input(d.acceptYellow().toString(), d.acceptRed().toString(),
                    d.finishYellow().toString(), d.finishRed().toString(), null), errors), u.name());
        }
    }

    @Test
    void badRulesNameTheirField() {
        List<FieldError> errors = new ArrayList<>();
        assertNull(Deadlines.parse(new Deadlines.Input("2 days", "P5D", "", "P400D", null), errors));
        assertEquals(List.of("acceptYellow", "finishYellow", "finishRed"), errors.stream().map(FieldError::field).toList());
        errors.clear();
        assertNull(Deadlines.parse(new Deadlines.Input("P3D", "P2D", "P2D", "P1D", null), errors));
        assertEquals(List.of("acceptRed", "finishRed", "finishYellow", "finishRed"), errors.stream().map(FieldError::field).toList());
        errors.clear();
        // Red for not accepting after 30 days, but red for not finishing after 10: refused.
        assertNull(Deadlines.parse(new Deadlines.Input("P1D", "P30D", "P5D", "P10D", null), errors));
        assertEquals(List.of("finishRed"), errors.stream().map(FieldError::field).toList());
        errors.clear();
        assertNull(Deadlines.parse(new Deadlines.Input("PT0S", "P1D", "P1D", "P1D", null), errors));
        assertEquals("acceptYellow", errors.get(0).field());
    }
}
