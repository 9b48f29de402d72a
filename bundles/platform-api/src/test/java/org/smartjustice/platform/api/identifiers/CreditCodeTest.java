package org.smartjustice.platform.api.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    /**
     * Published codes: 91350100M000100Y43 is the example used throughout material on GB 32100-2015;
     * 91310110666007217T and 91310115591693856A are asserted by Hutool's CreditCodeUtilTest
     * (github.com/dromara/hutool). All three were also checked by hand with the GB 32100 formula.
     */
    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91310110666007217T", "91310115591693856A"})
    void acceptsPublishedCodes(String code) {
        assertTrue(CreditCode.isValid(code));
        assertEquals(Optional.empty(), CreditCode.problem(code));
    }

    /** Check characters computed separately (outside this code base) with the GB 32100 weights. */
    @ParameterizedTest
    @ValueSource(strings = {
        "91410100MA3X000008",   // enterprise, 郑州
        "12410000415800001X",   // 机构编制 department, check character a letter
        "51410100MJY0000009",   // 民政 department
        "Y1410100MA00000005",   // 'Y' department
        "93410100MA4000000D",
        "914101000000000220",   // weighted sum divisible by 31: check 31 becomes 0
        "000000000000000000",   // odd department codes exist in real registers; only the check is enforced
    })
    void acceptsComputedCodes(String code) {
        assertTrue(CreditCode.isValid(code), () -> CreditCode.problem(code).orElse(""));
        assertEquals(code.charAt(17), CreditCode.checkCharacter(code.substring(0, 17)));
    }

    @Test
    void refusesAWrongCheckCharacterNamingTheRightOne() {
        assertEquals(Optional.of("校验码错误，应为 3"), CreditCode.problem("91350100M000100Y44"));
        assertEquals(Optional.of("校验码错误，应为 X"), CreditCode.problem("124100004158000010"));
        assertFalse(CreditCode.isValid("91350100M000100Y44"));
    }

    /** A typo in the body must be caught too, not just in the check character. */
    @Test
    void refusesATransposition() {
        assertFalse(CreditCode.isValid("91351000M000100Y43"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y4", "91350100M000100Y433", "9135", "913501 00M000100Y43"})
    void refusesAWrongLength(String code) {
        assertEquals(Optional.of("长度应为 18 位"), CreditCode.problem(code));
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'Z', 'S', 'V', '-', '＊'})
    void refusesLettersOutsideTheAlphabet(char c) {
        String code = "91350100M" + c + "00100Y43";

        assertEquals(Optional.of("含有不允许的字符：" + c), CreditCode.problem(code));
    }

    @Test
    void aForbiddenLetterInTheCheckPositionIsReportedAsSuch() {
        assertEquals(Optional.of("含有不允许的字符：Z"), CreditCode.problem("91350100M000100Y4Z"));
    }

    @Test
    void lowerCaseAndSurroundingBlanksAreAccepted() {
        assertTrue(CreditCode.isValid("91350100m000100y43"));
        assertTrue(CreditCode.isValid("  91350100M000100Y43\t"));
        assertTrue(CreditCode.isValid("\u300091350100M000100Y43\u3000"));
        assertEquals("91350100M000100Y43", CreditCode.normalise(" 91350100m000100y43 "));
        assertNull(CreditCode.normalise(null));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void missingValueIsRequired(String code) {
        assertEquals(Optional.of("必填"), CreditCode.problem(code));
        assertFalse(CreditCode.isValid(code));
    }

    /**
     * Early pilot regions issued codes that break the check rule (Hutool's later test suite cites this one,
     * referring to github.com/bluesky335/IDCheck). This class follows the standard and refuses it.
     */
    @Test
    void nonConformingPilotCodeIsRefused() {
        assertEquals(Optional.of("校验码错误，应为 3"), CreditCode.problem("91350211M00013FA1N"));
    }

    @Test
    void checkCharacterRefusesBadInput() {
        assertThrows(IllegalArgumentException.class, () -> CreditCode.checkCharacter("9135"));
        assertThrows(IllegalArgumentException.class, () -> CreditCode.checkCharacter("91350100M000100YI"));
        assertThrows(IllegalArgumentException.class, () -> CreditCode.checkCharacter(null));
    }
}
