package org.smartjustice.platform.internal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The county-level divisions of 郑州 (统计用区划代码 2023), shipped as a resource. */
final class DistrictFixture {

    static final String RESOURCE = "/demo/zhengzhou-districts.csv";

    record District(String code, String name) {
    }

    private DistrictFixture() {
    }

    static List<District> load() {
        try (InputStream in = DistrictFixture.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    static List<District> parse(Reader reader) throws IOException {
        List<District> districts = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        for (CSVRecord r : format.parse(reader)) {
            districts.add(new District(r.get("code").trim(), r.get("name").trim()));
        }
        return districts;
    }
}
