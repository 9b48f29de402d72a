package org.smartjustice.platform.internal.answers;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.Date;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.rest.Question;
import org.smartjustice.platform.internal.context.RequestContext.Conditions;

class AnswerServiceTest {

    private static final Question LIST = Question.of("list page=1").revision("r1").variant("masked");

    @Test
    void answersOfTwoTenantsTwoKindsOfCallerTwoRevisionsOrTwoModuleBuildsNeverShareAKey() {
        String key = AnswerService.key("410102", "venues 1.0 1", LIST);
        assertNotEquals(key, AnswerService.key("410122", "venues 1.0 1", LIST));
        assertNotEquals(key, AnswerService.key("410102", "venues 1.0 1", LIST.variant("personal")));
        assertNotEquals(key, AnswerService.key("410102", "venues 1.0 1", LIST.revision("r2")));
        assertNotEquals(key, AnswerService.key("410102", "venues 1.0 2", LIST));
        assertNotEquals(key, AnswerService.key("410102", "venues 1.0 1", LIST.as("application/geo+json")));
        // Parts cannot run into each other.
        assertNotEquals(AnswerService.key("4101", "02", LIST), AnswerService.key("410102", "", LIST));
        assertNotEquals(AnswerService.etag(key), AnswerService.etag(AnswerService.key("410122", "venues 1.0 1", LIST)));
    }

    @Test
    void aClientsCopyIsCurrentByItsETagOrElseByItsDate() {
        String tag = "abc";
        OffsetDateTime last = OffsetDateTime.parse("2026-12-01T10:00:00.700+08:00");
        assertTrue(AnswerService.current(new Conditions("\"abc\"", null, false), tag, last));
        assertTrue(AnswerService.current(new Conditions("\"x\", W/\"abc\"", null, false), tag, last));
        assertTrue(AnswerService.current(new Conditions("*", null, false), tag, null));
        assertFalse(AnswerService.current(new Conditions("\"x\"", Date.from(last.toInstant()), false), tag, last),
                "If-None-Match decides when present");
        assertTrue(AnswerService.current(new Conditions(null, AnswerService.seconds(last), false), tag, last),
                "HTTP dates have whole seconds");
        assertFalse(AnswerService.current(new Conditions(null, Date.from(last.minusSeconds(5).toInstant()), false), tag, last));
        assertFalse(AnswerService.current(new Conditions(null, null, false), tag, last));
        assertFalse(AnswerService.current(Conditions.NONE, tag, null));
    }
}
