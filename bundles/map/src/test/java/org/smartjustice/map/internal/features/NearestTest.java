package org.smartjustice.map.internal.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.geo.LonLat;

/** Nearest-first answers and their numberMatched, against an in-memory source. */
class NearestTest {

    /** Venues on a line going east from 113.60, 34.75, about 900 m apart. */
    static final List<MapVenue> LINE = new ArrayList<>();

    static {
        for (int i = 0; i < 10; i++) {
            LINE.add(FeaturesTest.venue("v" + i, 113.60 + i * 0.01, 34.75));
        }
    }

    final FakeSource source = new FakeSource(LINE);

    @Test
    void withoutBboxTheDirectoryFindsThemNearestFirst() {
        ItemsRequest r = ItemsRequestTest.parse("near", "113.652,34.75", "limit", "3");
        List<VenueSource.Near> near = MapResource.nearest(source, r);
        assertEquals(List.of("v5", "v6", "v4"), ids(near).subList(0, 3));
        assertEquals(3, source.lastNearestLimit);
        assertEquals(10, MapResource.nearMatched(source, r, near));
    }

    @Test
    void pagingAsksForOffsetPlusLimit() {
        ItemsRequest r = ItemsRequestTest.parse("near", "113.60,34.75", "limit", "4", "offset", "8");
        List<VenueSource.Near> near = MapResource.nearest(source, r);
        assertEquals(12, source.lastNearestLimit);
        assertEquals(10, near.size());
        assertEquals(10, MapResource.nearMatched(source, r, near));
    }

    @Test
    void insideABboxTheBoxIsSortedByDistance() {
        ItemsRequest r = ItemsRequestTest.parse("near", "113.70,34.75", "bbox", "113.615,34.7,113.665,34.8");
        List<VenueSource.Near> near = MapResource.nearest(source, r);
        assertEquals(List.of("v6", "v5", "v4", "v3", "v2"), ids(near));
        assertEquals(5, MapResource.nearMatched(source, r, near));
        assertTrue(near.get(0).meters() < near.get(1).meters());
        assertEquals(new LonLat(113.70, 34.75).metersTo(new LonLat(113.66, 34.75)), near.get(0).meters(), 1e-6);
    }

    @Test
    void distancesOnTheGround() {
        // One hundredth of a degree of longitude at 34.75°N is about 914 m.
        assertEquals(914, new LonLat(113.60, 34.75).metersTo(new LonLat(113.61, 34.75)), 2);
        assertEquals(1112, new LonLat(113.60, 34.75).metersTo(new LonLat(113.60, 34.76)), 2);
    }

    static List<String> ids(List<VenueSource.Near> near) {
        return near.stream().map(n -> n.venue().id()).toList();
    }

    static final class FakeSource implements VenueSource {
        final List<MapVenue> venues;
        int lastNearestLimit;

        FakeSource(List<MapVenue> venues) {
            this.venues = venues;
        }

        @Override
        public List<Kind> kinds() {
            return ItemsRequestTest.KINDS;
        }

        @Override
        public Found find(Filter filter, int offset, int limit) {
            List<MapVenue> matching = venues.stream().filter(v -> filter.bbox() == null || inside(v, filter.bbox()))
                    .sorted(Comparator.comparing(MapVenue::id)).toList();
            int from = Math.min(offset, matching.size());
            int to = (int) Math.min((long) from + limit, matching.size());
            return new Found(matching.subList(from, to), matching.size());
        }

        @Override
        public Optional<MapVenue> get(String id) {
            return venues.stream().filter(v -> v.id().equals(id)).findFirst();
        }

        @Override
        public List<Near> nearest(Filter filter, double lon, double lat, int limit) {
            lastNearestLimit = limit;
            return venues.stream().map(v -> new Near(v, new LonLat(lon, lat).metersTo(new LonLat(v.lon(), v.lat()))))
                    .sorted(Comparator.comparingDouble(Near::meters)).limit(limit).toList();
        }

        @Override
        public OffsetDateTime lastModified() {
            return null;
        }

        @Override
        public String revision() {
            return "-";
        }

        private static boolean inside(MapVenue v, double[] b) {
            return v.lon() >= b[0] && v.lat() >= b[1] && v.lon() <= b[2] && v.lat() <= b[3];
        }
    }
}
