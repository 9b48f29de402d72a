package org.smartjustice.platform.api.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityCardNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    /**
     * 11010519491231002X is the example in GB 11643-1999; 34052419800101001X is the worked example of
     * github.com/sndnvaps/CheckID_card. The others had their check digits computed separately with the
     * GB 11643 weights.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "11010519491231002X", "34052419800101001X",
        "410105199001010011", "410105200002290022", "410105198506151237",
        "410102199912310040", "41010519000101007X", "410105202402290098",
    })
    void acceptsValidNumbers(String number) {
        assertEquals(Optional.empty(), IdentityCardNumber.problem(number, TODAY));
        assertEquals(number.charAt(17), IdentityCardNumber.checkCharacter(number.substring(0, 17)));
    }

    @Test
    void theDefaultTodayIsUsedByIsValid() {
        assertTrue(IdentityCardNumber.isValid("11010519491231002X"));
        assertFalse(IdentityCardNumber.isValid("110105194912310021"));
    }

    @Test
    void refusesAWrongCheckDigitNamingTheRightOne() {
        assertEquals(Optional.of("校验码错误，应为 X"), IdentityCardNumber.problem("110105194912310021", TODAY));
        assertEquals(Optional.of("校验码错误，应为 1"), IdentityCardNumber.problem("41010519900101001X", TODAY));
    }

    @Test
    void lowerCaseXAndBlanksAreAccepted() {
        assertEquals(Optional.empty(), IdentityCardNumber.problem(" 11010519491231002x ", TODAY));
        assertEquals("11010519491231002X", IdentityCardNumber.normalise("11010519491231002x "));
        assertNull(IdentityCardNumber.normalise(null));
    }

    /** The check digits are right for each of these, so only the date can be blamed. */
    @ParameterizedTest
    @CsvSource({
        "410105190002290034, 出生日期无效",         // 1900 was not a leap year
        "41010520230229004X, 出生日期无效",
        "410105199913010057, 出生日期无效",         // month 13
        "410105189912310067, 出生日期不能早于 1900 年",
        "410105210001010083, 出生日期不能晚于今天",
    })
    void refusesImpossibleBirthDates(String number, String reason) {
        assertEquals(Optional.of(reason), IdentityCardNumber.problem(number, TODAY));
    }

    @Test
    void aBirthTodayIsAcceptedAndTomorrowIsNot() {
        String first17 = "41010520250601001";
        String number = first17 + IdentityCardNumber.checkCharacter(first17);

        assertEquals(Optional.empty(), IdentityCardNumber.problem(number, TODAY));
        assertEquals(Optional.of("出生日期不能晚于今天"), IdentityCardNumber.problem(number, TODAY.minusDays(1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002", "11010519491231002X0", "110105491231002"})
    void refusesAWrongLength(String number) {
        assertEquals(Optional.of("长度应为 18 位"), IdentityCardNumber.problem(number, TODAY));
    }

    @Test
    void refusesNonDigits() {
        assertEquals(Optional.of("前 17 位应为数字"), IdentityCardNumber.problem("1101051949123100XX", TODAY));
        assertEquals(Optional.of("前 17 位应为数字"), IdentityCardNumber.problem("11010519491231００2X", TODAY));
        assertEquals(Optional.of("最后一位应为数字或 X"), IdentityCardNumber.problem("11010519491231002Y", TODAY));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void missingValueIsRequired(String number) {
        assertEquals(Optional.of("必填"), IdentityCardNumber.problem(number, TODAY));
    }

    @Test
    void masksAllButRegionAndLastFour() {
        assertEquals("110105********002X", IdentityCardNumber.mask("11010519491231002X"));
        assertEquals("110105********002X", IdentityCardNumber.mask(" 11010519491231002x"));
        assertNull(IdentityCardNumber.mask(null));
    }

    @Test
    void masksOddLengthsWithoutRevealingMore() {
        assertEquals("110105*****1002", IdentityCardNumber.mask("110105491231002"));
        assertEquals("**********", IdentityCardNumber.mask("1101054912"));
        assertEquals("", IdentityCardNumber.mask(""));
    }

    @Test
    void checkCharacterRefusesBadInput() {
        assertThrows(IllegalArgumentException.class, () -> IdentityCardNumber.checkCharacter("1101051949123100"));
        assertThrows(IllegalArgumentException.class, () -> IdentityCardNumber.checkCharacter("1101051949123100X"));
        assertThrows(IllegalArgumentException.class, () -> IdentityCardNumber.checkCharacter(null));
    }
}
