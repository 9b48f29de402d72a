package org.smartjustice.academy.internal.items;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.smartjustice.academy.api.ContentKind;
import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.platform.api.problem.ProblemException;

/** Academy content goes public (郑连心, the search, the AI corpus): no mobile or identity number in any form. */
class PublicTextTest {

    private static ItemInput item(String title, String summary, String body) {
        return new ItemInput(ContentKind.FAQ, title, summary, body, List.of(), null, List.of(), List.of(), null, null, null, null);
    }

    @Test
    void aMobileOrIdentityNumberInAnyFormIsRefusedNamingTheField() {
        ProblemException e = assertThrows(ProblemException.class, () -> ItemRules.checkDraft(ContentKind.FAQ,
                item("找张律师 139 1234 5678", "身份证 41010219900307102X", "<p>联系一三九一二三四五六七八</p>")));
        assertEquals(Set.of("title", "summary", "body"), e.errors().stream().map(FieldError::field).collect(Collectors.toSet()));
    }

    @Test
    void officePhonesAndHotlinesStay() {
        assertDoesNotThrow(() -> ItemRules.checkDraft(ContentKind.FAQ,
                item("法律援助怎么申请？", "拨打 12348 或 0371-67890000", "<p>工作日 9:00-17:00 到法律援助中心</p>")));
    }
}
