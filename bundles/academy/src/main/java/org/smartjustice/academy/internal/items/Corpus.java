package org.smartjustice.academy.internal.items;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.academy.api.Audience;
import org.smartjustice.academy.api.Topic;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.persistence.UtcTimes;

/**
 * The AI assistant's corpus: published content cut into chunks that each stand on their own — a
 * field of a service guide, a section of an article, a question with its answer — with what a
 * retriever filters and cites by. Only published versions; an item withdrawn since is a tombstone.
 */
@Component(service = Corpus.class)
public class Corpus {

    /** The longest chunk, in characters: sections longer than this are cut at paragraph ends. */
    static final int CHUNK_MAX = 800;

    @Reference
    private ItemStore store;

    @Reference
    private TenantContext context;

    public record Chunk(String id, String itemId, String tenant, String kind, String title, String section, List<String> audiences,
                        List<String> topics, String text, List<ItemInput.LegalBasis> legalBasis, String source,
                        LocalDate effectiveFrom, LocalDate expiresOn, int version, OffsetDateTime updatedAt, String hash) {
    }

    /** An item withdrawn since the caller last pulled: drop its chunks. */
    public record Tombstone(String itemId, String tenant, boolean deleted, OffsetDateTime updatedAt) {
    }

    /** Alpaca's instruction format, for question-and-answer pairs. */
    public record Instruction(String instruction, String input, String output) {
    }

    /** Items published or withdrawn after {@code since} (all published ones when null), oldest change first. */
    public List<Object> since(LocalDateTime since) {
        String tenant = context.requireTenant();
        List<ItemStore.Published> rows = store.read(em -> ItemStore.changedSince(em, since));
        List<Object> out = new ArrayList<>();
        LocalDate today = LocalDate.now(UtcTimes.DISPLAY_ZONE);
        for (ItemStore.Published r : rows) {
            ItemEntity i = r.item();
            if (i.state == ItemState.PUBLISHED && !PublishedItemStore.inEffect(i, today)) {
                // Not yet or no longer in effect: the assistant must not answer from it (expiresOn tells when chunks go).
                continue;
            }
            if (i.state == ItemState.WITHDRAWN) {
                out.add(new Tombstone(i.id(), tenant, true, UtcTimes.toOffset(i.updatedAt)));
            } else {
                out.addAll(chunks(i, r.version(), tenant));
            }
        }
        return out;
    }

    static List<Chunk> chunks(ItemEntity i, VersionEntity v, String tenant) {
        List<String[]> sections = new ArrayList<>();
        switch (i.kind) {
            case FAQ -> sections.add(new String[] { "问答", "问：" + v.title + "\n答：" + RichText.text(v.body) });
            case PROCEDURE -> guideSections(ItemService.guide(v), sections);
            case DOCUMENT_TEMPLATE -> sections.add(new String[] { "文书", v.title + (v.summary == null ? "" : "\n" + v.summary)
                    + (v.fileName == null ? "" : "\n文件：" + v.fileName) });
            default -> bodySections(v, sections);
        }
        List<Chunk> chunks = new ArrayList<>();
        int n = 0;
        for (String[] s : sections) {
            for (String part : cut(s[1])) {
                chunks.add(chunk(i, v, tenant, n++, s[0], part));
            }
        }
        return chunks;
    }

    /** The guide's question-and-answer pairs and a FAQ item's, as instructions. */
    public List<Instruction> instructions() {
        List<Instruction> out = new ArrayList<>();
        List<ItemStore.Published> rows = store.read(ItemStore::publishedInOrder);
        LocalDate today = LocalDate.now(UtcTimes.DISPLAY_ZONE);
        for (ItemStore.Published r : rows) {
            ItemEntity i = r.item();
            VersionEntity v = r.version();
            if (!PublishedItemStore.inEffect(i, today)) {
                continue;
            }
            if (i.kind == org.smartjustice.academy.api.ContentKind.FAQ) {
                out.add(new Instruction(v.title, "", RichText.text(v.body)));
            }
            Guide g = ItemService.guide(v);
            if (g != null) {
                g.faqs().forEach(f -> out.add(new Instruction(f.question(), "", f.answer())));
            }
        }
        return out;
    }

    private static void guideSections(Guide g, List<String[]> sections) {
        if (g == null) {
            return;
        }
        add(sections, "事项名称", g.serviceName());
        add(sections, "服务对象", g.serviceObjects());
        add(sections, "受理条件", g.conditions());
        StringBuilder materials = new StringBuilder();
        for (Guide.Material m : g.materials()) {
            materials.append(materials.length() == 0 ? "" : "\n").append(m.name()).append("（").append(m.copies()).append(" 份，")
                    .append(m.form() == null ? "" : m.form().title()).append("）").append(m.note() == null ? "" : "：" + m.note());
        }
        add(sections, "申请材料", materials.toString());
        StringBuilder steps = new StringBuilder();
        int k = 1;
        for (Guide.Step s : g.steps()) {
            steps.append(steps.length() == 0 ? "" : "\n").append(k++).append(". ").append(s.name())
                    .append(s.timeLimit() == null ? "" : "（" + s.timeLimit() + "）").append(s.description() == null ? "" : "：" + s.description());
        }
        add(sections, "办理流程", steps.toString());
        add(sections, "办理时限", g.timeLimit());
        add(sections, "收费标准", Boolean.TRUE.equals(g.free()) ? "免费" : g.fee());
        add(sections, "设定依据", g.basis());
        add(sections, "承办机构", g.agency());
        add(sections, "办理地点", g.place());
        add(sections, "办理时间", g.hours());
        add(sections, "咨询电话", g.phone());
        for (Guide.Faq f : g.faqs()) {
            add(sections, "常见问题", "问：" + f.question() + "\n答：" + f.answer());
        }
    }

    /** Sections of an article by its headings; the text before the first heading is the 正文. */
    private static void bodySections(VersionEntity v, List<String[]> sections) {
        if (v.summary != null) {
            add(sections, "摘要", v.summary);
        }
        if (v.body == null) {
            return;
        }
        String heading = "正文";
        StringBuilder text = new StringBuilder();
        for (Element e : Jsoup.parseBodyFragment(v.body).body().children()) {
            if (e.tagName().matches("h[1-6]")) {
                add(sections, heading, text.toString());
                heading = e.text();
                text.setLength(0);
            } else {
                text.append(text.length() == 0 ? "" : "\n").append(e.text());
            }
        }
        add(sections, heading, text.toString());
    }

    private static void add(List<String[]> sections, String name, String text) {
        if (text != null && !text.isBlank()) {
            sections.add(new String[] { name, text.strip() });
        }
    }

    /** Pieces of at most CHUNK_MAX characters, cut after a line or a sentence where one ends. */
    static List<String> cut(String text) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > CHUNK_MAX) {
            int at = Math.max(rest.lastIndexOf('\n', CHUNK_MAX), rest.lastIndexOf('。', CHUNK_MAX - 1) + 1);
            if (at <= CHUNK_MAX / 4) {
                at = CHUNK_MAX;
            }
            parts.add(rest.substring(0, at).strip());
            rest = rest.substring(at).strip();
        }
        if (!rest.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    private static Chunk chunk(ItemEntity i, VersionEntity v, String tenant, int n, String section, String text) {
        List<String> audiences = ItemRules.split(v.audiences, Audience.class).stream().map(Enum::name).toList();
        List<String> topics = ItemRules.split(v.topics, Topic.class).stream().map(Enum::name).toList();
        String hash = sha256(tenant + "|" + i.id() + "|" + v.number + "|" + section + "|" + text);
        return new Chunk(i.id() + "#" + n, i.id(), tenant, i.kind.name(), v.title, section, audiences, topics, text,
                ItemService.legalBasis(v), v.source, v.effectiveFrom, v.expiresOn, v.number, UtcTimes.toOffset(i.updatedAt), hash);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
