package org.smartjustice.platform.api.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "13812341234", "19912345678", "138 1234 1234", "138-1234-1234",
        "+8613812341234", "+86 138 1234 1234", "008613812341234", " 13812341234 ",
    })
    void recognisesMainlandMobiles(String number) {
        assertTrue(PhoneNumbers.isMobile(number));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "1381234123", "138123412345", "12812341234", "10086", "0371-67890123", "23812341234", "1381234123a",
    })
    void refusesEverythingElseAsMobile(String number) {
        assertFalse(PhoneNumbers.isMobile(number));
    }

    @ParameterizedTest
    @CsvSource({
        "13812341234, 138****1234",
        "'138 1234 1234', 138****1234",
        "+86 138-1234-1234, 138****1234",
        "' 19987650000 ', 199****0000",
    })
    void masksMobilesAsDesignSays(String number, String masked) {
        assertEquals(masked, PhoneNumbers.mask(number));
    }

    @ParameterizedTest
    @CsvSource({
        "0371-67890123, 0371-****0123",
        "037167890123, 0371-****0123",
        "(0371)67890123, 0371-****0123",
        "0371 6789012, 0371-***9012",
        "010-12345678, 010-****5678",
        "01012345678, 010-****5678",
        "021-8765432, 021-***5432",
    })
    void masksLandlinesKeepingTheAreaCode(String number, String masked) {
        assertEquals(masked, PhoneNumbers.mask(number));
    }

    @ParameterizedTest
    @CsvSource({
        "12345, ***45",
        "110, *10",
        "12, **",
        "'', ''",
    })
    void shortNumbersShowOnlyTheLastTwo(String number, String masked) {
        assertEquals(masked, PhoneNumbers.mask(number));
    }

    @ParameterizedTest
    @CsvSource({
        "+852 9123 4567, +*** **** **67",
        "400-810-8888, ***-***-**88",
        "12812341234, *********34",
    })
    void otherNumbersShowOnlyTheLastTwoDigits(String number, String masked) {
        assertEquals(masked, PhoneNumbers.mask(number));
    }

    @Test
    void nullStaysNull() {
        assertNull(PhoneNumbers.mask(null));
    }
}
