package org.smartjustice.platform.api.divisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class DivisionTreeTest {

    private static final Bounds BOX = new Bounds(113, 34, 114, 35);
    private static final Division CITY = new Division("410100", "郑州市", DivisionLevel.CITY, null, BOX);
    private static final Division DISTRICT = new Division("410102", "中原区", DivisionLevel.DISTRICT, "410100", BOX);
    private static final Division STREET_B = new Division("410102002", "建设路街道", DivisionLevel.STREET, "410102", BOX);
    private static final Division STREET_A = new Division("410102001", "林山寨街道", DivisionLevel.STREET, "410102", BOX);
    private static final Division COMMUNITY = new Division("410102001002", "碧沙岗社区居委会", DivisionLevel.COMMUNITY, "410102001", BOX);

    private final DivisionTree tree = new DivisionTree(List.of(COMMUNITY, STREET_B, CITY, STREET_A, DISTRICT));

    @Test
    void childrenAndDescendantsComeInCodeOrder() {
        assertEquals(List.of(STREET_A, STREET_B), tree.children("410102"));
        assertEquals(List.of(STREET_A, STREET_B), tree.within("410100", DivisionLevel.STREET));
        assertEquals(List.of(COMMUNITY), tree.within("410102", DivisionLevel.COMMUNITY));
        assertEquals(List.of(DISTRICT), tree.within("410102", DivisionLevel.DISTRICT));
        assertEquals(List.of(), tree.within("410102001", DivisionLevel.DISTRICT), "no level above the division itself");
        assertEquals(List.of(), tree.children("410102001002"));
        assertEquals(List.of(), tree.children("nope"));
        assertEquals(List.of(), tree.children(null));
    }

    @Test
    void withinFollowsParentsUpToTheCity() {
        assertTrue(tree.isWithin("410102001002", "410102001002"));
        assertTrue(tree.isWithin("410102001002", "410100"));
        assertFalse(tree.isWithin("410102002", "410102001"));
        assertFalse(tree.isWithin("410103001", "410100"), "unknown codes are within nothing");
        assertFalse(tree.isWithin(null, "410100"));
    }

    @Test
    void aTreeMustBeWhole() {
        assertThrows(IllegalArgumentException.class, () -> new DivisionTree(List.of(DISTRICT)), "no city");
        assertThrows(IllegalArgumentException.class, () -> new DivisionTree(List.of(CITY, STREET_A)), "missing parent");
        assertThrows(IllegalArgumentException.class, () -> new DivisionTree(List.of(CITY, CITY)), "twice");
        assertThrows(IllegalArgumentException.class,
                () -> new DivisionTree(List.of(CITY, new Division("410102001", "x", DivisionLevel.STREET, "410100", BOX))),
                "a street directly under the city");
        assertThrows(IllegalArgumentException.class, () -> new Division("410102", "x", DivisionLevel.DISTRICT, null, BOX));
    }

    @Test
    void boundsRefuseBoxesTurnedInsideOut() {
        assertThrows(IllegalArgumentException.class, () -> new Bounds(114, 34, 113, 35));
        assertThrows(IllegalArgumentException.class, () -> new Bounds(Double.NaN, 34, 113, 35));
        assertTrue(BOX.contains(113.5, 34.5));
        assertFalse(BOX.contains(112.9, 34.5));
    }
}
