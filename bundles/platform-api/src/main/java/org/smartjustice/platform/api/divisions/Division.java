package org.smartjustice.platform.api.divisions;

import java.util.Objects;

/**
 * One division.
 *
 * @param code       统计用区划代码: 6 digits for the city and districts, 9 for streets, 12 for communities
 * @param name       its official name, e.g. 林山寨街道, 碧沙岗社区居委会
 * @param level      where it sits in the tree
 * @param parentCode the division it belongs to, null for the city
 * @param bounds     an approximate box: the division's own where one is known (the city, districts),
 *                   else the nearest known ancestor's, so a point outside it is surely outside the division
 */
public record Division(String code, String name, DivisionLevel level, String parentCode, Bounds bounds) {

    public Division {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(bounds, "bounds");
        if ((parentCode == null) != (level == DivisionLevel.CITY)) {
            throw new IllegalArgumentException("only the city has no parent: " + code);
        }
    }
}
