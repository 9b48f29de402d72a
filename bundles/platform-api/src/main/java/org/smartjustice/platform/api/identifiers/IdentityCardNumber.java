package org.smartjustice.platform.api.identifiers;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * 公民身份号码 (GB 11643-1999): 17 digits (region, birth date, sequence) and a check character, a digit or X.
 *
 * <p>Only the 18-character form is accepted; the 15-digit numbers of the first-generation cards
 * expired in 2013. The region code is not checked against GB/T 2260, because codes of abolished
 * counties stay valid on cards issued before.
 */
public final class IdentityCardNumber {

    public static final int LENGTH = 18;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    /** Birth dates are Beijing dates; a server running in UTC would otherwise refuse a baby born this morning. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private IdentityCardNumber() {
    }

    /** Trims blanks and upper-cases a trailing x; {@code null} stays {@code null}. */
    public static String normalise(String value) {
        return value == null ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    public static boolean isValid(String value) {
        return problem(value).isEmpty();
    }

    /** Why the value is not a valid number, in words for the user, or empty when it is valid. */
    public static Optional<String> problem(String value) {
        return problem(value, LocalDate.now(CHINA));
    }

    /** As {@link #problem(String)}, with "today" given, so that the future-date rule can be tested. */
    public static Optional<String> problem(String value, LocalDate today) {
        Objects.requireNonNull(today, "today");
        String v = normalise(value);
        if (v == null || v.isEmpty()) {
            return Optional.of("必填");
        }
        if (v.length() != LENGTH) {
            return Optional.of("长度应为 18 位");
        }
        for (int i = 0; i < LENGTH - 1; i++) {
            if (!isAsciiDigit(v.charAt(i))) {
                return Optional.of("前 17 位应为数字");
            }
        }
        char last = v.charAt(LENGTH - 1);
        if (!isAsciiDigit(last) && last != 'X') {
            return Optional.of("最后一位应为数字或 X");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(v.substring(6, 10)),
                    Integer.parseInt(v.substring(10, 12)), Integer.parseInt(v.substring(12, 14)));
        } catch (DateTimeException e) {
            return Optional.of("出生日期无效");
        }
        if (birth.isBefore(EARLIEST_BIRTH)) {
            return Optional.of("出生日期不能早于 1900 年");
        }
        if (birth.isAfter(today)) {
            return Optional.of("出生日期不能晚于今天");
        }
        char expected = checkCharacter(v.substring(0, LENGTH - 1));
        if (last != expected) {
            return Optional.of("校验码错误，应为 " + expected);
        }
        return Optional.empty();
    }

    /**
     * The check character for the first 17 digits, e.g. to build test data.
     *
     * @throws IllegalArgumentException when the argument is not 17 digits
     */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("应为 17 位数字");
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            char c = first17.charAt(i);
            if (!isAsciiDigit(c)) {
                throw new IllegalArgumentException("应为 17 位数字");
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /**
     * Keeps the region (first 6) and the last 4, as on receipts and court notices; {@code null} stays
     * {@code null}. Values of another length keep the same ends when long enough and are hidden
     * entirely otherwise, so that a mistyped number is not shown whole.
     */
    public static String mask(String value) {
        String v = normalise(value);
        if (v == null) {
            return null;
        }
        int n = v.length();
        if (n < 11) {
            return "*".repeat(n);
        }
        return v.substring(0, 6) + "*".repeat(n - 10) + v.substring(n - 4);
    }

    /** Character.isDigit would also let through full-width and other scripts' digits. */
    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
