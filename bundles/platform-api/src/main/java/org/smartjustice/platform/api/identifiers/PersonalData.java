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

    private static final Pattern MOBILE_OR_ID = Pattern.compile(
            "(?<![0-9])(?:(?:\\+|00)?86)?(?:1[3-9][0-9]{9}|[1-9][0-9]{16}[0-9X])(?![0-9X])");
    /** What people put between digits; removed to join the groups of a number. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐‑‒–—―.·・_/\\\\()（）\\[\\]【】]+");
    private static final Pattern DIGIT_RUN = Pattern.compile("[0-9X]+");
    private static final String CHINESE = "〇零一幺二两三四五六七八九壹贰叁肆伍陆柒捌玖";
    private static final String DIGITS = "0011223456789123456789";

    private PersonalData() {
    }

    /** Whether the text holds a mobile or identity-card number in any of the forms above; null holds none. */
    public static boolean containsMobileOrIdNumber(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String plain = plain(text);
        if (MOBILE_OR_ID.matcher(SEPARATORS.matcher(plain).replaceAll("")).find()) {
            return true;
        }
        // A number written next to another (an area code before a mobile) is found in its own group.
        Matcher groups = DIGIT_RUN.matcher(SEPARATORS.matcher(plain).replaceAll(" "));
        while (groups.find()) {
            if (MOBILE_OR_ID.matcher(groups.group()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** NFKC (full-width to ASCII), upper case x, invisible characters out, Chinese numerals as digits. */
    static String plain(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (type == Character.FORMAT || type == Character.CONTROL && !Character.isWhitespace(c)) {
                return;
            }
            int chinese = c < 0x10000 ? CHINESE.indexOf(c) : -1;
            if (chinese >= 0) {
                out.append(DIGITS.charAt(chinese));
            } else {
                out.appendCodePoint(c == 'x' ? 'X' : c);
            }
        });
        return out.toString();
    }
}
