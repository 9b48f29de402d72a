package org.smartjustice.venues.internal.venues;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.core.Response;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.geo.CoordinateConverter;
import org.smartjustice.platform.api.geo.CoordinateSystem;
import org.smartjustice.platform.api.geo.GeoJson;
import org.smartjustice.platform.api.geo.LonLat;
import org.smartjustice.platform.api.identifiers.PhoneNumbers;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.rest.Downloads;
import org.smartjustice.platform.api.sheets.SpreadsheetCells;
import org.smartjustice.venues.api.VenueQuery;
import org.smartjustice.venues.api.VenueStatus;
import org.smartjustice.venues.api.VenueType;
import org.smartjustice.venues.internal.Access;
import org.smartjustice.venues.internal.venues.VenueColumns;

/**
 * The tenant's venues as CSV (the import layout, so it can be edited and imported again) or
 * GeoJSON, for the city operations center's map labelling; served at {@code .../venues/export}.
 */
@Component(service = VenueExport.class)
public class VenueExport {

    @Reference
    private VenueStore store;

    @Reference
    private VenueService service;

    @Reference
    private TenantContext context;

    Response export(String format, CoordinateSystem target, List<VenueType> types, List<VenueStatus> statuses)
            throws IOException {
        VenueQuery query = VenuesResource.query(types, statuses, null, null, 0, Integer.MAX_VALUE);
        List<VenueEntity> venues = store.list(query, "name", false).items();
        boolean personal = Access.seesPersonalData(context);
        String tenant = context.requireTenant();
        if (format == null || format.equalsIgnoreCase("csv")) {
            return Downloads.attachment(csv(venues, target, personal), Downloads.CSV, "venues-" + tenant + ".csv",
                    Downloads.Contents.PERSONAL_DATA).build();
        }
        if (format.equalsIgnoreCase("geojson")) {
            return Downloads.attachment(geoJson(venues, target), "application/geo+json; charset=UTF-8",
                    "venues-" + tenant + ".geojson", Downloads.Contents.PERSONAL_DATA).build();
        }
        throw ProblemException.invalidField("format", "应为 csv 或 geojson");
    }

    private static byte[] csv(List<VenueEntity> venues, CoordinateSystem crs, boolean personal) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            List<String> headers = new ArrayList<>(VenueColumns.HEADERS.values());
            headers.add("编号");
            printer.printRecord(headers);
            for (VenueEntity v : venues) {
                LonLat p = CoordinateConverter.convert(new LonLat(v.lon, v.lat), CoordinateSystem.WGS84, crs);
                printer.printRecord(cells(v.type.title(), v.level == null ? "" : v.level.title(), v.name, v.address,
                        v.streetCode, v.community, v.gridCode, p.lon(), p.lat(), crs.code(), v.phone,
                        v.contactPerson, personal ? v.contactPhone : PhoneNumbers.mask(v.contactPhone),
                        v.openingHours, String.join("、", VenueRules.servicesOf(v.services)), v.creditCode,
                        v.creditCodeOverride ? "是" : "否", v.description, v.status.title(), v.id()));
            }
        }
        return out.toByteArray();
    }

    /** Text cells neutralised against formula injection; numbers stay numbers. */
    private static Object[] cells(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof String text) {
                values[i] = SpreadsheetCells.text(text);
            }
        }
        return values;
    }

    /** RFC 7946 FeatureCollection; only public facts go into the properties. */
    private static Map<String, Object> geoJson(List<VenueEntity> venues, CoordinateSystem crs) {
        List<Map<String, Object>> features = new ArrayList<>();
        for (VenueEntity v : venues) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("name", v.name);
            props.put("type", v.type.name());
            props.put("typeTitle", v.type.title());
            props.put("level", v.level == null ? null : v.level.name());
            props.put("address", v.address);
            props.put("streetCode", v.streetCode);
            props.put("phone", v.phone);
            props.put("openingHours", v.openingHours);
            props.put("services", VenueRules.servicesOf(v.services));
            props.put("status", v.status.name());
            features.add(GeoJson.feature(v.id(), new LonLat(v.lon, v.lat), crs, props));
        }
        return GeoJson.collection(features, crs);
    }
}
