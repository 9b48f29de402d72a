package org.smartjustice.academy.internal.items;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.problem.ProblemException;

/** The reviewer is neither the author nor an editor, as the host's identity provider tells people apart. */
class FourEyesTest {

    private static VersionEntity writtenBy(String author, String... editors) {
        VersionEntity v = new VersionEntity();
        v.author = author;
        v.editors = "|" + author + "|" + String.join("|", editors) + (editors.length == 0 ? "" : "|");
        return v;
    }

    @Test
    void theAuthorInAnotherCaseOrFullWidthIsStillTheAuthor() {
        for (String reviewer : new String[] { "ed102a", "ED102A", "Ed102a", "ｅｄ１０２ａ" }) {
            ProblemException e = assertThrows(ProblemException.class,
                    () -> ItemRules.requireOtherReviewer(writtenBy("ed102a"), reviewer), reviewer);
            assertEquals("reviewer-is-author", e.type());
        }
    }

    @Test
    void anEditorInAnotherCaseMayNotPublishEither() {
        assertThrows(ProblemException.class, () -> ItemRules.requireOtherReviewer(writtenBy("ed1", "ED2"), "ed2"));
    }

    @Test
    void someoneElsePublishes() {
        assertDoesNotThrow(() -> ItemRules.requireOtherReviewer(writtenBy("ed1", "ed2"), "rv1"));
    }
}
