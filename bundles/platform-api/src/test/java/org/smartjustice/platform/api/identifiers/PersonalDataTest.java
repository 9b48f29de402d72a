package org.smartjustice.platform.api.identifiers;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The forms a hostile test and real users wrote numbers in, all of which reached a public endpoint before. */
class PersonalDataTest {

    @Test
    void mobilesInEveryFormAreFound() {
        for (String text : new String[] { "13912345678", "联系人 139 1234 5678", "139-1234-5678", "+8613912345678",
                "0086 139 1234 5678", "139\u200b12345678", "１３９１２３４５６７８", "一三九一二三四五六七八", "幺三九幺二三四五六七八",
                "0371-13912345678", "(0371)13912345678", "电话：139.1234.5678", "139\u2060 1234\u00a05678",
                // Forms a hostile test brought: other scripts' digits, dingbats, traditional capitals, ○ as zero,
                // any punctuation between the groups, marks and fillers between the digits.
                "站١٣٩١٢٣٤٥٦٧٨", "۱۳۹۱۲۳۴۵۶۷۸", "१३९१२३४५६७८", "❶❸❾❶❷❸❹❺❻❼❽", "壹參玖壹貳參肆伍陸柒捌", "一三九○二三四五六七八",
                "139,1234,5678", "139、1234、5678", "139：1234：5678", "139|1234|5678", "139~1234•5678", "139−1234〜5678",
                "1\u034F3\uFE0F9 1234 5678", "139\u31641234\u28005678" }) {
            assertTrue(PersonalData.containsMobileOrIdNumber(text), text);
        }
    }

    @Test
    void identityNumbersInEveryFormAreFound() {
        for (String text : new String[] { "41010219900307102X", "410102199003071230", "４１０１０２１９９００３０７１０２ｘ",
                "410102 19900307 1230" }) {
            assertTrue(PersonalData.containsMobileOrIdNumber(text), text);
        }
    }

    @Test
    void officePhonesCodesAndDatesAreNotPersonal() {
        for (String text : new String[] { "0371-67890000", "(0371)6789-0000", "12348", "410102001002001", "410102001002",
                "12410102MB1234567N", "2026-12-07", "周一至周五 9:00-17:00", "郑州市中原区建设路 139 号", "第一百三十九条",
                "一二三四五", null, "",
                // An 18-digit run is an identity number only with a valid check character and birth date.
                "450000 0371-67890000", "124101004158045631", "邮编 450000，电话 0371-67890000" }) {
            assertFalse(PersonalData.containsMobileOrIdNumber(text), String.valueOf(text));
        }
    }
}
