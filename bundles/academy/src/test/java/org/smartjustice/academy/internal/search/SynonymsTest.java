package org.smartjustice.academy.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SynonymsTest {

    @Test
    void aQueryInTheUsersWordsAlsoLooksForTheLawsWords() {
        List<String> more = Synonyms.defaults().expansions("没钱请律师怎么办");
        assertTrue(more.contains("法律援助"), more.toString());
        assertTrue(more.contains("经济困难"), more.toString());
        assertTrue(Synonyms.defaults().expansions("法援").contains("法律援助"));
        assertEquals(List.of(), Synonyms.defaults().expansions("火星移民签证"));
    }

    @Test
    void groupsAreSplitOnEitherCommaAndTheEnumerationComma() {
        assertEquals(List.of("起楼闹心", "宅基地纠纷", "盖房"), Synonyms.parse(" 起楼闹心，宅基地纠纷、盖房,起楼闹心 "));
        assertEquals(List.of("盖房"), new Synonyms(List.of("孤词", "盖房,建房")).expansions("建房"));
    }

    @Test
    void aLongListAddsAtMostTwentyFourWordsToAQuery() {
        List<String> groups = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            groups.add("调解," + "词" + i + "甲," + "词" + i + "乙");
        }
        assertEquals(Synonyms.MAX_EXPANSIONS, new Synonyms(groups).expansions("调解").size());
    }
}
