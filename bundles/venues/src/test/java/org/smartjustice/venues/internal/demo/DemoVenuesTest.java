package org.smartjustice.venues.internal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.divisions.DivisionLevel;
import org.smartjustice.platform.api.divisions.Divisions;
import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.platform.internal.divisions.DivisionData;
import org.smartjustice.venues.api.CenterLevel;
import org.smartjustice.venues.api.VenueType;
import org.smartjustice.venues.internal.venues.VenueInput;
import org.smartjustice.venues.internal.venues.VenueRules;

class DemoVenuesTest {

    private final Divisions districts = DivisionData.load();
    private final VenueRules rules = new VenueRules(districts);

    @Test
    void everyGeneratedVenueOfZhongyuanPassesTheDataRulesAndIsMarkedSynthetic() {
        List<VenueInput> venues = new DemoVenues(districts).generate("410102", 12);
        Set<String> keys = new HashSet<>();
        for (VenueInput v : venues) {
            List<FieldError> errors = new ArrayList<>();
            VenueRules.Checked checked = rules.check("410102", v, "", errors);
            assertNotNull(checked, v.name() + " " + errors);
            assertTrue(v.name().endsWith(DemoVenues.MARK), v.name());
            assertTrue(keys.add(checked.naturalKey()), "duplicate " + v.name());
        }
        int streets = districts.within("410102", DivisionLevel.STREET).size();
        assertEquals(4 + 3 + 15 + 5 + streets * (3 + 12), venues.size());
        assertEquals(1, venues.stream().filter(v -> v.level() == CenterLevel.DISTRICT_CENTER).count());
        assertEquals(streets, venues.stream().filter(v -> v.type() == VenueType.JUSTICE_OFFICE).count());
    }

    @Test
    void generationIsRepeatableSoReloadingDoesNotDuplicate() {
        List<VenueInput> a = new DemoVenues(districts).generate("410122", 2);
        List<VenueInput> b = new DemoVenues(districts).generate("410122", 2);
        assertEquals(a, b);
    }
}
