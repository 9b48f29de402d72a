package org.smartjustice.academy.internal.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Only words reach the editors' hot and no-result lists: anyone may search. */
class SearchLogTest {

    @Test
    void questionsPeopleAskAreWords() {
        for (String q : new String[] { "没钱请律师怎么办？", "法律援助", "民法典 第1079条", "how to apply?", "离婚·财产分割",
                "《人民调解法》" }) {
            assertTrue(SearchLog.isWords(q), q);
        }
    }

    @Test
    void patternsWildcardsAndMarkupAreNot() {
        for (String q : new String[] { "/(a+)+$/", "*", "***", "title_cn:法律", "<script>alert(1)</script>", "12345", "a|b",
                "=HYPERLINK(\"x\")", "?", "中奖请拨打13912345678领取", "联系 一三九一二三四五六七八" }) {
            assertFalse(SearchLog.isWords(q), q);
        }
    }
}
