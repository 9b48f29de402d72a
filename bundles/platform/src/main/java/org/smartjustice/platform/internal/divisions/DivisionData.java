package org.smartjustice.platform.internal.divisions;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.smartjustice.platform.api.divisions.Bounds;
import org.smartjustice.platform.api.divisions.Division;
import org.smartjustice.platform.api.divisions.DivisionLevel;
import org.smartjustice.platform.api.divisions.DivisionTree;

/**
 * The division codes of 郑州 that the platform ships (统计用区划代码 2023: 15 districts, 208 streets,
 * 3,306 communities) with approximate district bounds, read into a {@link DivisionTree}.
 */
public final class DivisionData {

    static final String CITY_CODE = org.smartjustice.platform.api.Tenant.CITY;
    static final String CITY_NAME = "郑州市";

    private DivisionData() {
    }

    public static DivisionTree load() {
        Map<String, Bounds> bounds = new HashMap<>();
        read("bounds.csv", r -> bounds.put(r.get("code"), new Bounds(number(r, "min_lon"), number(r, "min_lat"),
                number(r, "max_lon"), number(r, "max_lat"))));
        Bounds cityBounds = bounds.get(CITY_CODE);
        if (cityBounds == null) {
            throw new IllegalStateException("divisions/bounds.csv has no row for the city " + CITY_CODE);
        }
        List<Division> all = new ArrayList<>();
        Map<String, Bounds> known = new HashMap<>();
        all.add(new Division(CITY_CODE, CITY_NAME, DivisionLevel.CITY, null, cityBounds));
        known.put(CITY_CODE, cityBounds);
        read("districts.csv", r -> add(all, known, bounds, r, DivisionLevel.DISTRICT, CITY_CODE));
        read("streets.csv", r -> add(all, known, bounds, r, DivisionLevel.STREET, r.get("district_code").trim()));
        read("communities.csv", r -> add(all, known, bounds, r, DivisionLevel.COMMUNITY, r.get("street_code").trim()));
        return new DivisionTree(all);
    }

    /** A division's own bounds where the file has them, else its parent's (read before it). */
    private static void add(List<Division> all, Map<String, Bounds> known, Map<String, Bounds> bounds, CSVRecord r,
                            DivisionLevel level, String parent) {
        String code = r.get("code").trim();
        Bounds parentBounds = known.get(parent);
        if (parentBounds == null) {
            throw new IllegalStateException("division " + code + " names an unknown parent " + parent);
        }
        Bounds b = bounds.getOrDefault(code, parentBounds);
        known.put(code, b);
        all.add(new Division(code, r.get("name").trim(), level, parent, b));
    }

    private static double number(CSVRecord r, String column) {
        return Double.parseDouble(r.get(column).trim());
    }

    private static void read(String name, Consumer<CSVRecord> row) {
        String resource = "/divisions/" + name;
        try (InputStream in = DivisionData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord r : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                row.accept(r);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
