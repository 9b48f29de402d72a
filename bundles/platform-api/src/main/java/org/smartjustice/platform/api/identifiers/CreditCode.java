package org.smartjustice.platform.api.identifiers;

import java.util.Locale;
import java.util.Optional;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters whose last one is a check character.
 *
 * <p>Only the alphabet, the length and the check character are validated. The first two characters
 * (registering department and category) are deliberately not checked: real registers hold codes with
 * departments the standard does not list, and refusing them would block genuine organisations.
 */
public final class CreditCode {

    /** Digits and capitals without I, O, S, V, Z, which are too easily misread as 1, 0, 5, U and 2. */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    public static final int LENGTH = 18;

    private CreditCode() {
    }

    /**
     * Trims blanks (including the full-width space that documents pasted from Word carry) and upper-cases;
     * {@code null} stays {@code null}.
     */
    public static String normalise(String value) {
        return value == null ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    public static boolean isValid(String value) {
        return problem(value).isEmpty();
    }

    /** Why the value is not a valid code, in words for the user, or empty when it is valid. */
    public static Optional<String> problem(String value) {
        String v = normalise(value);
        if (v == null || v.isEmpty()) {
            return Optional.of("必填");
        }
        if (v.length() != LENGTH) {
            return Optional.of("长度应为 18 位");
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(v.charAt(i)) < 0) {
                return Optional.of("含有不允许的字符：" + v.charAt(i));
            }
        }
        char expected = checkCharacter(v.substring(0, LENGTH - 1));
        if (v.charAt(LENGTH - 1) != expected) {
            return Optional.of("校验码错误，应为 " + expected);
        }
        return Optional.empty();
    }

    /**
     * The check character for the first 17 characters, e.g. to build test data.
     *
     * @throws IllegalArgumentException when there are not 17 characters from the alphabet
     */
    public static char checkCharacter(String first17) {
        String v = normalise(first17);
        if (v == null || v.length() != LENGTH - 1) {
            throw new IllegalArgumentException("应为 17 位");
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            int value = ALPHABET.indexOf(v.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("含有不允许的字符：" + v.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }
}
