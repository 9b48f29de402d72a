package org.smartjustice.platform.api.identifiers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises and masks phone numbers, so that callers without a role that needs them see
 * {@code 138****1234} (DESIGN §5, PIPL).
 */
public final class PhoneNumbers {

    /** Mainland mobile numbers: 11 digits, 13x to 19x. People write them grouped and with the country code. */
    private static final Pattern MOBILE = Pattern.compile("(?:\\+?86|0086)?(1[3-9]\\d{9})");
    private static final Pattern MOBILE_SEPARATORS = Pattern.compile("[\\s-]");
    /**
     * Landlines: an area code of 0 and 2 or 3 digits, optionally in brackets or followed by a separator,
     * then a 7- or 8-digit local number.
     */
    private static final Pattern LANDLINE = Pattern.compile("[(（]?(0\\d{2,3})[)）]?[\\s-]?(\\d{7,8})");
    /** 010 and 02x are the only three-digit area codes; every other one has four digits. */
    private static final Pattern THREE_DIGIT_AREA = Pattern.compile("0(?:10|2\\d)");
    private static final int SHORT = 7;

    private PhoneNumbers() {
    }

    public static boolean isMobile(String value) {
        return mobileDigits(value) != null;
    }

    /**
     * Masks a phone number for display:
     * <ul>
     * <li>mainland mobile: first 3 and last 4 digits, {@code 138****1234} (country code and separators dropped);</li>
     * <li>landline: area code and the last 4 digits, {@code 0371-****0123};</li>
     * <li>anything shorter than 7 characters: all but the last 2;</li>
     * <li>anything else: every digit but the last 2, separators kept so the shape stays recognisable.</li>
     * </ul>
     * {@code null} stays {@code null}. The result is for display only and cannot be parsed back.
     */
    public static String mask(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        String mobile = mobileDigits(v);
        if (mobile != null) {
            return mobile.substring(0, 3) + "****" + mobile.substring(7);
        }
        Matcher landline = LANDLINE.matcher(v);
        if (landline.matches()) {
            return maskLandline(landline.group(1), landline.group(2));
        }
        if (v.length() < SHORT) {
            // Two characters or fewer would otherwise be shown whole.
            return v.length() <= 2 ? "*".repeat(v.length()) : "*".repeat(v.length() - 2) + v.substring(v.length() - 2);
        }
        return maskAllDigitsButLastTwo(v);
    }

    /** The 11 mobile digits, or {@code null} when the value is not a mainland mobile number. */
    private static String mobileDigits(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = MOBILE.matcher(MOBILE_SEPARATORS.matcher(value.strip()).replaceAll(""));
        return m.matches() ? m.group(1) : null;
    }

    private static String maskLandline(String area, String local) {
        // Without a separator the split is ambiguous (0371 6789 0123 vs 037 ...); the national numbering plan settles it.
        String digits = area + local;
        int areaLength = THREE_DIGIT_AREA.matcher(digits.substring(0, 3)).matches() ? 3 : 4;
        String a = digits.substring(0, areaLength);
        String l = digits.substring(areaLength);
        if (l.length() < 7 || l.length() > 8) {
            // The brackets or separator disagreed with the numbering plan; show the least.
            return maskAllDigitsButLastTwo(area + "-" + local);
        }
        return a + "-" + "*".repeat(l.length() - 4) + l.substring(l.length() - 4);
    }

    private static String maskAllDigitsButLastTwo(String v) {
        int digits = 0;
        for (int i = 0; i < v.length(); i++) {
            if (Character.isDigit(v.charAt(i))) {
                digits++;
            }
        }
        StringBuilder out = new StringBuilder(v.length());
        int seen = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isDigit(c) || Character.isLetter(c)) {
                boolean keep = Character.isDigit(c) && ++seen > digits - 2;
                out.append(keep ? c : '*');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
