package org.smartjustice.venues.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The streets (乡镇/街道, 9-digit codes) of each district and a bounding box per district, so that a
 * venue's street and location can be checked against its tenant. Tenants without a division code
 * (an operator-chosen one, such as 郑东新区) accept any street of the city and the city's box.
 */
final class Districts {

    static final String CITY = "city";

    private final Map<String, Set<String>> streetsByDistrict;
    private final Map<String, String> streetNames;
    private final Map<String, double[]> bounds;

    private Districts(Map<String, Set<String>> streetsByDistrict, Map<String, String> streetNames,
                      Map<String, double[]> bounds) {
        this.streetsByDistrict = streetsByDistrict;
        this.streetNames = streetNames;
        this.bounds = bounds;
    }

    static Districts load() {
        Map<String, Set<String>> streets = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        Map<String, double[]> bounds = new HashMap<>();
        for (CSVRecord r : csv("/geo/zhengzhou-streets.csv")) {
            streets.computeIfAbsent(r.get("district_code"), k -> new HashSet<>()).add(r.get("code"));
            names.put(r.get("code"), r.get("name"));
        }
        for (CSVRecord r : csv("/geo/district-bounds.csv")) {
            bounds.put(r.get("code"), new double[] { Double.parseDouble(r.get("min_lon")),
                    Double.parseDouble(r.get("min_lat")), Double.parseDouble(r.get("max_lon")),
                    Double.parseDouble(r.get("max_lat")) });
        }
        return new Districts(streets, names, bounds);
    }

    private static Iterable<CSVRecord> csv(String resource) {
        try (InputStream in = Districts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    boolean hasDivisionCode(String tenant) {
        return streetsByDistrict.containsKey(tenant);
    }

    /** Whether the street belongs to the tenant's district (or to the city, for other tenants). */
    boolean isStreetOf(String tenant, String streetCode) {
        if (hasDivisionCode(tenant)) {
            return streetsByDistrict.get(tenant).contains(streetCode);
        }
        return streetNames.containsKey(streetCode);
    }

    Set<String> streetsOf(String tenant) {
        if (hasDivisionCode(tenant)) {
            return Set.copyOf(streetsByDistrict.get(tenant));
        }
        return Set.copyOf(streetNames.keySet());
    }

    String streetName(String code) {
        return streetNames.get(code);
    }

    /** {minLon, minLat, maxLon, maxLat} of the tenant's district, WGS-84. */
    double[] boundsOf(String tenant) {
        double[] b = bounds.getOrDefault(tenant, bounds.get(CITY));
        return b.clone();
    }

    boolean contains(String tenant, double lon, double lat) {
        double[] b = boundsOf(tenant);
        return lon >= b[0] && lat >= b[1] && lon <= b[2] && lat <= b[3];
    }
}
