package org.smartjustice.supervision.internal.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The national classification of grid events: the event categories (管理事项, 事件型) of GB/T 47678.5-2026,
 * 5 major categories and their sub-categories, read from the bundle's {@value #RESOURCE}. Codes are
 * compared as written (two digits for a major category, five for a sub-category).
 */
public final class GridCategories {

    static final String RESOURCE = "/events/grid-event-categories.csv";

    /** A category of the standard. */
    public record Category(String code, String name, String parent, String standard) {
    }

    private static final GridCategories NATIONAL = load();

    private final Map<String, Category> byCode;

    GridCategories(Map<String, Category> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    public static GridCategories national() {
        return NATIONAL;
    }

    /** The category of the standard with this code, or null when the standard has none. */
    public Category byCode(String code) {
        return code == null ? null : byCode.get(code);
    }

    public int size() {
        return byCode.size();
    }

    static GridCategories parse(Reader csv) throws IOException {
        Map<String, Category> all = new LinkedHashMap<>();
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv)) {
            String code = r.get("code").strip();
            String parent = r.get("parent_code").strip();
            all.put(code, new Category(code, r.get("name").strip(), parent.isEmpty() ? null : parent, r.get("standard").strip()));
        }
        return new GridCategories(all);
    }

    private static GridCategories load() {
        try (InputStream in = GridCategories.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundle lacks " + RESOURCE);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
