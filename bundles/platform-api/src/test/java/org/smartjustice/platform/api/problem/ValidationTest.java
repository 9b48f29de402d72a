package org.smartjustice.platform.api.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class ValidationTest {

    private static final Pattern CODE = Pattern.compile("[0-9]{6}");

    private static List<String> fields(Validation v) {
        return v.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void requiredRefusesNullBlankAndAcceptsAValue() {
        Validation v = new Validation()
                .required("a", null)
                .required("b", "   ")
                .required("c", "")
                .required("d", "中原区")
                .required("e", 0);

        assertEquals(List.of("a", "b", "c"), fields(v));
        assertEquals("必填", v.errors().get(0).message());
    }

    @Test
    void maxLengthCountsChineseCharactersAsOneEach() {
        assertTrue(new Validation().maxLength("name", "管城回族区", 5).isValid());
        assertFalse(new Validation().maxLength("name", "管城回族区", 4).isValid());
    }

    @Test
    void maxLengthCountsAnEmojiAsTwoAsTheEmbeddedDatabaseDoes() {
        // H2 sizes VARCHAR columns in UTF-16 units: counting code points let 26 emoji through a
        // 50-character check into a VARCHAR(50) column, and the insert failed with a 500.
        String twoCodePoints = "阵😀"; // three UTF-16 chars, two code points
        assertEquals(3, twoCodePoints.length());

        assertTrue(new Validation().maxLength("name", twoCodePoints, 3).isValid());
        assertFalse(new Validation().maxLength("name", twoCodePoints, 2).isValid());
    }

    @Test
    void maxLengthIgnoresNull() {
        assertTrue(new Validation().maxLength("name", null, 1).isValid());
    }

    @Test
    void matchesRequiresTheWholeValueToMatch() {
        Validation v = new Validation()
                .matches("ok", "410102", CODE, "六位代码")
                .matches("tooLong", "4101021", CODE, "六位代码")
                .matches("letters", "41010a", CODE, "六位代码")
                .matches("absent", null, CODE, "六位代码");

        assertEquals(List.of("tooLong", "letters"), fields(v));
        assertEquals("六位代码", v.errors().get(0).message());
    }

    @Test
    void rangeIncludesItsBoundsAndIgnoresNull() {
        Validation v = new Validation()
                .range("min", 113.0, 113.0, 114.5)
                .range("max", 114.5, 113.0, 114.5)
                .range("below", 112.99, 113.0, 114.5)
                .range("above", 115, 113.0, 114.5)
                .range("absent", null, 113.0, 114.5);

        assertEquals(List.of("below", "above"), fields(v));
    }

    @Test
    void throwIfInvalidListsEveryInvalidField() {
        Validation v = new Validation()
                .required("code", null)
                .maxLength("name", "一二三四", 3)
                .range("lat", 91, -90, 90);

        ProblemException e = assertThrows(ProblemException.class, v::throwIfInvalid);

        assertEquals(400, e.status());
        assertEquals("validation-failed", e.type());
        assertEquals(List.of("code", "name", "lat"), e.errors().stream().map(FieldError::field).toList());
        assertTrue(e.detail().contains("code, name, lat"), e.detail());
    }

    @Test
    void throwIfInvalidDoesNothingWhenValid() {
        new Validation().required("code", "410102").maxLength("name", "中原区", 50).throwIfInvalid();
    }
}
