package org.smartjustice.academy.internal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.academy.internal.items.ItemInput;
import org.smartjustice.academy.internal.items.ItemService;
import org.smartjustice.academy.internal.items.ItemStore;
import org.smartjustice.platform.api.persistence.UtcTimes;

/**
 * The demo items (demo/academy-demo.json): guides, FAQ, templates (written as Word documents)
 * and articles, each marked 示例 in its source, published at once for a tenant that has no items.
 * Written for the demo, not reviewed: the version says so in its review note.
 */
@Component(service = DemoItems.class)
public class DemoItems {

    static final String AUTHOR = "system:academy-demo";
    static final String NOTE = "示例内容，随演示数据发布";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Reference
    private ItemStore store;

    @Reference
    private ItemService items;

    public boolean hasItems() {
        return store.count() > 0;
    }

    /** One demo item as written to the database: the item's fields, and a template's file. */
    record Demo(ItemInput input, String fileName, byte[] file) {
    }

    /** Every demo item, read from the bundle, templates written as Word documents. */
    static List<Demo> read() {
        JsonNode all;
        try (InputStream in = DemoItems.class.getResourceAsStream("/demo/academy-demo.json")) {
            all = JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Demo> demos = new ArrayList<>();
        for (JsonNode j : all.get("items")) {
            try {
                ObjectNode fields = j.deepCopy();
                fields.remove("template");
                ItemInput in = JSON.treeToValue(fields, ItemInput.class);
                byte[] file = j.has("template") ? DocxWriter.write(lines(j.get("template"))) : null;
                demos.add(new Demo(in, file == null ? null : in.title() + ".docx", file));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("demo item " + j.path("title").asText() + " unreadable", e);
            }
        }
        return demos;
    }

    /** Publishes every demo item into the current tenant, a minute apart and the last one now; returns how many. */
    public int load() {
        List<Demo> demos = read();
        LocalDateTime start = UtcTimes.now().minusMinutes(demos.size());
        int n = 0;
        for (Demo d : demos) {
            items.publishUnreviewed(d.input(), d.fileName(), d.file(), AUTHOR, NOTE, start.plusMinutes(n++));
        }
        return n;
    }

    private static List<String> lines(JsonNode array) {
        List<String> lines = new ArrayList<>();
        array.forEach(l -> lines.add(l.asText()));
        return lines;
    }
}
