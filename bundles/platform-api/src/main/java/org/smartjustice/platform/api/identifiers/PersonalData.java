package org.smartjustice.platform.api.identifiers;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds mobile and identity-card numbers in text that the public will see (contacts, venue facts,
 * the map, academy content, the AI corpus): public endpoints never return personal data (DESIGN §5).
 * It sees through the forms people and tools write numbers in: full-width digits (NFKC), Chinese
 * numerals (一三九…, 〇, 幺, 壹贰叁…), zero-width and other invisible characters, spaces, dashes, dots and
 * brackets between the digits, a {@code +86} or {@code 0086} in front, and a mobile behind an area
 * code ({@code 0371-13912345678}).
 *
 * @since 1.1
 */
public final class PersonalData {

    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])(?:(?:\\+|00)?86)?(1[3-9][0-9]{9})(?![0-9X])");
    private static final Pattern EIGHTEEN = Pattern.compile("(?<![0-9])([1-9][0-9]{16}[0-9X])(?![0-9X])");
    /** Between the digits of a number people put anything that is neither a letter nor a digit. */
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern GROUP = Pattern.compile("[0-9X]+");
    private static final String CHINESE = "〇○零一幺二两三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖";
    private static final String CHINESE_DIGITS = "00011223456789122334566789";

    private PersonalData() {
    }

    /** Whether the text holds a mobile or identity-card number in any of the forms above; null holds none. */
    public static boolean containsMobileOrIdNumber(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String plain = plain(text);
        if (found(SEPARATORS.matcher(plain).replaceAll(""))) {
            return true;
        }
        // A number written next to another (an area code before a mobile) is found in its own group.
        Matcher groups = GROUP.matcher(SEPARATORS.matcher(plain).replaceAll(" "));
        while (groups.find()) {
            if (found(groups.group())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A mobile, or 18 characters that are an identity-card number by its check character and birth
     * date (GB 11643): a postcode before a landline, or a credit code of digits, is none.
     */
    private static boolean found(String joined) {
        if (MOBILE.matcher(joined).find()) {
            return true;
        }
        Matcher id = EIGHTEEN.matcher(joined);
        while (id.find()) {
            if (IdentityCardNumber.isValid(id.group(1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * NFKC (full-width, circled and mathematical digits to ASCII), every script's decimal digits and
     * Chinese numerals as ASCII digits, upper-case X, and what shows nothing (format characters, marks,
     * variation selectors, fillers) left out.
     */
    static String plain(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.CONTROL && !Character.isWhitespace(c) || c == 0x3164 || c == 0xFFA0 || c == 0x115F
                    || c == 0x1160 || c == 0x2800) {
                return;
            }
            int chinese = c < 0x10000 ? CHINESE.indexOf(c) : -1;
            if (chinese >= 0) {
                out.append(CHINESE_DIGITS.charAt(chinese));
            } else if (type == Character.DECIMAL_DIGIT_NUMBER) {
                out.append((char) ('0' + Character.digit(c, 10)));
            } else if (type == Character.OTHER_NUMBER && Character.getNumericValue(c) >= 0 && Character.getNumericValue(c) <= 9) {
                out.append((char) ('0' + Character.getNumericValue(c)));
            } else {
                out.appendCodePoint(c == 'x' ? 'X' : c);
            }
        });
        return out.toString();
    }
}
