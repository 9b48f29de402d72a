package org.smartjustice.academy.internal.items;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import javax.persistence.EntityManager;

import org.smartjustice.academy.api.Audience;
import org.smartjustice.academy.api.ContentKind;
import org.smartjustice.academy.api.Topic;

/**
 * A published item as the search index keeps it: its words (title, summary, body, the guide's
 * fields, the legal basis) and what results are filtered by.
 */
public record SearchableItem(String id, ContentKind kind, String title, String summary, String text, List<Audience> audiences,
                         List<Topic> topics, LocalDate effectiveFrom, LocalDate expiresOn, LocalDateTime publishedAt,
                         boolean hasFile) {

    /** The published item, or empty when it is not published (then it leaves the index). */
    public static java.util.Optional<SearchableItem> of(EntityManager em, String id) {
        ItemEntity i = em.find(ItemEntity.class, id);
        if (i == null || i.state != ItemState.PUBLISHED) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(of(i, ItemStore.version(em, i, i.publishedNo)));
    }

    /** Every published item of the tenant, for a rebuild. */
    public static List<SearchableItem> allPublished(EntityManager em) {
        return ItemStore.published(em).stream().map(p -> of(p.item(), p.version())).toList();
    }

    static SearchableItem of(ItemEntity i, VersionEntity v) {
        StringBuilder text = new StringBuilder();
        append(text, RichText.text(v.body));
        ItemService.legalBasis(v).forEach(b -> append(text, b.law() + (b.articles() == null ? "" : " " + b.articles())));
        Guide g = ItemService.guide(v);
        if (g != null) {
            for (String s : new String[] { g.serviceName(), g.serviceObjects(), g.conditions(), g.timeLimit(), g.fee(), g.basis(),
                    g.agency(), g.place(), g.hours() }) {
                append(text, s);
            }
            g.materials().forEach(m -> append(text, m.name() + (m.note() == null ? "" : " " + m.note())));
            g.steps().forEach(s -> append(text, s.name() + (s.description() == null ? "" : " " + s.description())));
            g.faqs().forEach(f -> append(text, f.question() + " " + f.answer()));
        }
        return new SearchableItem(i.id(), i.kind, v.title, v.summary, text.toString(), ItemRules.split(v.audiences, Audience.class),
                ItemRules.split(v.topics, Topic.class), v.effectiveFrom, v.expiresOn, i.publishedAt, v.fileId != null);
    }

    private static void append(StringBuilder text, String s) {
        if (s != null && !s.isBlank()) {
            text.append(text.length() == 0 ? "" : "\n").append(s.strip());
        }
    }
}
