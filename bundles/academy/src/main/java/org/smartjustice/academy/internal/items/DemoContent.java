package org.smartjustice.academy.internal.items;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.academy.api.ContentKind;
import org.smartjustice.academy.internal.AcademyData;
import org.smartjustice.academy.internal.search.ChangeLog;
import org.smartjustice.platform.api.files.FileKind;
import org.smartjustice.platform.api.files.Files;
import org.smartjustice.platform.api.files.StoredFile;
import org.smartjustice.platform.api.persistence.UtcTimes;

/**
 * The demo content (demo/academy-demo.json): guides, FAQ, templates (written as Word documents)
 * and articles, each marked 示例 in its source, published at once for a tenant that has no items.
 * Written for the demo, not reviewed: the version says so in its review note.
 */
@Component(service = DemoContent.class)
public class DemoContent {

    static final String AUTHOR = "system:academy-demo";

    @Reference
    private AcademyData data;

    @Reference
    private Files files;

    @Reference
    private ChangeLog changes;

    @Reference
    private ContentRevision revision;

    public boolean hasItems() {
        return data.read(em -> em.createQuery("select count(i) from ItemEntity i", Long.class).getSingleResult()) > 0;
    }

    /** Publishes every demo item into the current tenant; returns how many. */
    public int load() {
        JsonNode all;
        try (InputStream in = DemoContent.class.getResourceAsStream("/demo/academy-demo.json")) {
            all = ItemService.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int n = 0;
        LocalDateTime start = UtcTimes.now().minusMinutes(all.get("items").size());
        for (JsonNode item : all.get("items")) {
            publish(item, start.plusMinutes(n++));
        }
        revision.changed();
        return n;
    }

    private void publish(JsonNode j, LocalDateTime at) {
        try {
            ContentKind kind = ContentKind.valueOf(j.get("kind").asText());
            com.fasterxml.jackson.databind.node.ObjectNode fields = j.deepCopy();
            fields.remove("template");
            ItemInput in = ItemService.JSON.treeToValue(fields, ItemInput.class);
            byte[] file = j.has("template") ? DocxWriter.write(lines(j.get("template"))) : null;
            ItemRules.checkDraft(kind, in);
            data.write(em -> {
                ItemEntity i = new ItemEntity();
                i.kind = kind;
                i.state = ItemState.PUBLISHED;
                i.latestNo = 1;
                i.publishedNo = 1;
                i.createdAt = at;
                i.createdBy = AUTHOR;
                i.updatedAt = at;
                i.publishedAt = at;
                i.title = in.title();
                i.summary = in.summary();
                i.audiences = ItemRules.joined(in.audiences());
                i.topics = ItemRules.joined(in.topics());
                em.persist(i);
                em.flush();
                VersionEntity v = new VersionEntity();
                v.itemId = i.id();
                v.number = 1;
                v.status = ItemState.PUBLISHED;
                v.title = in.title();
                v.summary = in.summary();
                v.body = RichText.clean(in.body());
                v.legalBasis = in.legalBasis().isEmpty() ? null : ItemService.json(in.legalBasis());
                v.source = in.source();
                v.audiences = i.audiences;
                v.topics = i.topics;
                v.guide = in.guide() == null ? null : ItemService.json(in.guide());
                if (file != null) {
                    StoredFile stored = files.store(FileKind.DOCUMENT, in.title() + ".docx", file, "file");
                    v.fileId = stored.id();
                    v.fileName = stored.name();
                    i.fileId = stored.id();
                }
                v.author = AUTHOR;
                v.editors = "|" + AUTHOR + "|";
                v.createdAt = at;
                v.updatedAt = at;
                v.submittedAt = at;
                v.reviewer = AUTHOR;
                v.reviewedAt = at;
                v.reviewNote = "示例内容，随演示数据发布";
                em.persist(v);
                changes.changed(em, i.id());
                return null;
            });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("demo item " + j.path("title").asText() + " unreadable", e);
        }
    }

    private static List<String> lines(JsonNode array) {
        List<String> lines = new ArrayList<>();
        array.forEach(l -> lines.add(l.asText()));
        return lines;
    }
}
