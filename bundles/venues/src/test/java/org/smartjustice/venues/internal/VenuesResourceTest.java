package org.smartjustice.venues.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.Page;
import org.smartjustice.platform.internal.divisions.DivisionData;

class VenuesResourceTest {

    @Test
    void keptAnswersOfTwoDistrictsOrTwoKindsOfCallerNeverShareAKey() {
        // Two districts without venues have the same revision; their answers must still differ.
        String question = "list sort=name page=1 size=20 type=[] status=[] street=null q=null";
        String zy = VenuesResource.answerKey("410102", "-/0/0", true, question);

        assertNotEquals(zy, VenuesResource.answerKey("410122", "-/0/0", true, question));
        assertNotEquals(zy, VenuesResource.answerKey("410102", "-/0/0", false, question));
        assertNotEquals(zy, VenuesResource.answerKey("410102", "-/1/1", true, question));
        assertEquals(zy, VenuesResource.answerKey("410102", "-/0/0", true, question));
    }

    @Test
    void theDocumentedPageIsThePageWritten() {
        assertEquals(components(Page.class), components(VenuesResource.VenuePage.class));
    }

    private static List<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(c -> c.getName() + ":" + (c.getType() == List.class ? "List" : c.getType().getName()))
                .toList();
    }
}
