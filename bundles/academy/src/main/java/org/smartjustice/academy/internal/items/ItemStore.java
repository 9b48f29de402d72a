package org.smartjustice.academy.internal.items;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.EmFunction;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.academy.api.Audience;
import org.smartjustice.academy.api.ContentKind;
import org.smartjustice.academy.api.Topic;
import org.smartjustice.platform.api.Page;
import org.smartjustice.platform.api.PageRequest;
import org.smartjustice.platform.api.persistence.Like;
import org.smartjustice.platform.api.persistence.TenantPersistence;
import org.smartjustice.platform.api.problem.ProblemException;

/**
 * The items, their versions and the city items a district hides: every query of the items
 * concern, for the editors' side (the public's is {@link PublishedItemStore}), through the
 * platform's {@link TenantPersistence} of unit {@code justice-academy}.
 */
@Component(service = ItemStore.class)
public class ItemStore {

    @Reference(target = "(" + TenantPersistence.UNIT + "=justice-academy)")
    private TenantPersistence jpa;

    public <R> R read(EmFunction<R> work) {
        return jpa.read(work);
    }

    public <R> R write(EmFunction<R> work) {
        return jpa.write(work);
    }

    /** The city's tables, read as the city (never by lifting the tenant filter): its content shows in every district. */
    public <R> R readAsCity(EmFunction<R> work) {
        return jpa.readAsCity(work);
    }

    /** An item with its published version. */
    public record Published(ItemEntity item, VersionEntity version) {
    }

    /** An item in an editor's list, with the version being worked on (null when none). */
    public record Listed(ItemEntity item, VersionEntity working) {
    }

    /** An item for its editors: the version being worked on and the published one (either may be null). */
    public record Detail(ItemEntity item, VersionEntity working, VersionEntity published) {
    }

    /** What an editor's list is narrowed to; null means any. {@code title}: a part of the title. */
    public record EditorFilter(ItemState state, ContentKind kind, Audience audience, Topic topic, String title) {
    }

    static ItemEntity require(EntityManager em, String id) {
        ItemEntity i = id == null ? null : em.find(ItemEntity.class, id);
        if (i == null) {
            throw ProblemException.notFound("内容", id);
        }
        return i;
    }

    static VersionEntity version(EntityManager em, ItemEntity i, int number) {
        return em.createQuery("select v from VersionEntity v where v.itemId = :id and v.number = :n", VersionEntity.class)
                .setParameter("id", i.id()).setParameter("n", number).getSingleResult();
    }

    static List<VersionEntity> versions(EntityManager em, String id) {
        return em.createQuery("select v from VersionEntity v where v.itemId = :id order by v.number desc", VersionEntity.class)
                .setParameter("id", id).getResultList();
    }

    static void deleteVersions(EntityManager em, String id) {
        em.createQuery("delete from VersionEntity v where v.itemId = :id").setParameter("id", id).executeUpdate();
    }

    /** How many items the tenant has, in any state. */
    public long count() {
        return read(em -> em.createQuery("select count(i) from ItemEntity i", Long.class).getSingleResult());
    }

    /** The tenant's items in every state, as its editors list them. */
    public Page<Listed> list(EditorFilter f, PageRequest paging) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.state() != null) {
            where.append(f.state() == ItemState.REVIEW ? " and i.workingNo is not null and exists (select v from VersionEntity v"
                    + " where v.itemId = i.id and v.number = i.workingNo and v.status = :state)" : " and i.state = :state");
            params.put("state", f.state());
        }
        if (f.kind() != null) {
            where.append(" and i.kind = :kind");
            params.put("kind", f.kind());
        }
        if (f.audience() != null) {
            where.append(" and i.audiences like :audience");
            params.put("audience", "%|" + f.audience().name() + "|%");
        }
        if (f.topic() != null) {
            where.append(" and i.topics like :topic");
            params.put("topic", "%|" + f.topic().name() + "|%");
        }
        if (f.title() != null && !f.title().isBlank()) {
            where.append(" and lower(i.title) like :q escape '\\'");
            params.put("q", Like.containing(f.title().toLowerCase(Locale.ROOT)));
        }
        String order = " order by i." + paging.sortField() + (paging.descending() ? " desc" : "") + ", i.id";
        return read(em -> {
            TypedQuery<ItemEntity> list = em.createQuery("select i from ItemEntity i" + where + order, ItemEntity.class);
            TypedQuery<Long> count = em.createQuery("select count(i) from ItemEntity i" + where, Long.class);
            params.forEach((k, v) -> {
                list.setParameter(k, v);
                count.setParameter(k, v);
            });
            List<Listed> found = new ArrayList<>();
            for (ItemEntity i : list.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList()) {
                found.add(new Listed(i, i.workingNo == null ? null : version(em, i, i.workingNo)));
            }
            return new Page<>(found, count.getSingleResult(), paging.page(), paging.size());
        });
    }

    /** An item of the tenant with its working and published versions (404 when there is none). */
    public Detail detail(String id) {
        return read(em -> {
            ItemEntity i = require(em, id);
            return new Detail(i, i.workingNo == null ? null : version(em, i, i.workingNo),
                    i.publishedNo == null ? null : version(em, i, i.publishedNo));
        });
    }

    /** The file of the version being worked on, else of the published one; null when it has none. */
    public String fileIdOf(String id) {
        return read(em -> {
            ItemEntity i = require(em, id);
            Integer n = i.workingNo != null ? i.workingNo : i.publishedNo;
            return n == null ? null : version(em, i, n).fileId;
        });
    }

    /** The city's published items, newest first, as a district's editors see them. */
    public Page<ItemEntity> cityPublished(PageRequest paging) {
        return readAsCity(em -> {
            List<ItemEntity> found = em.createQuery("select i from ItemEntity i where i.state = :published"
                    + " order by i.publishedAt desc, i.id", ItemEntity.class).setParameter("published", ItemState.PUBLISHED)
                    .setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList();
            long total = em.createQuery("select count(i) from ItemEntity i where i.state = :published", Long.class)
                    .setParameter("published", ItemState.PUBLISHED).getSingleResult();
            return new Page<>(found, total, paging.page(), paging.size());
        });
    }

    /** The title of a city item that was ever published (404 otherwise). */
    public String cityItemTitle(String id) {
        return readAsCity(em -> {
            ItemEntity i = id == null ? null : em.find(ItemEntity.class, id);
            if (i == null || i.publishedNo == null) {
                throw ProblemException.notFound("市级已发布内容", id);
            }
            return i.title;
        });
    }

    static boolean isHidden(EntityManager em, String itemId) {
        return !em.createQuery("select h from HiddenEntity h where h.itemId = :id", HiddenEntity.class).setParameter("id", itemId)
                .getResultList().isEmpty();
    }

    static int unhide(EntityManager em, String itemId) {
        return em.createQuery("delete from HiddenEntity h where h.itemId = :id").setParameter("id", itemId).executeUpdate();
    }

    static Set<String> hiddenIds(EntityManager em) {
        return Set.copyOf(em.createQuery("select h.itemId from HiddenEntity h", String.class).getResultList());
    }

    /** What changes whenever the district hides or shows a city item: how many it hides, and since when. */
    static String hiddenRevision(EntityManager em) {
        Object[] r = em.createQuery("select count(h), max(h.hiddenAt) from HiddenEntity h", Object[].class).getSingleResult();
        return r[0] + "/" + r[1];
    }

    /** Every published item with its published version, in the order the database gives them (a rebuild of the index). */
    static List<Published> published(EntityManager em) {
        return pairs(em.createQuery("select i, v from ItemEntity i, VersionEntity v where v.itemId = i.id"
                + " and v.number = i.publishedNo and i.state = :published", Object[].class)
                .setParameter("published", ItemState.PUBLISHED).getResultList());
    }

    /** Every published item with its published version, oldest publication first. */
    static List<Published> publishedInOrder(EntityManager em) {
        return pairs(em.createQuery("select i, v from ItemEntity i, VersionEntity v where v.itemId = i.id"
                + " and v.number = i.publishedNo and i.state = :published order by i.publishedAt, i.id", Object[].class)
                .setParameter("published", ItemState.PUBLISHED).getResultList());
    }

    /**
     * Items published or withdrawn after {@code since} (every published one when null), with the
     * version last published, oldest change first.
     */
    static List<Published> changedSince(EntityManager em, LocalDateTime since) {
        TypedQuery<Object[]> q = em.createQuery("select i, v from ItemEntity i, VersionEntity v where v.itemId = i.id"
                + " and v.number = i.publishedNo and i.state in :states" + (since == null ? "" : " and i.updatedAt > :since")
                + " order by i.updatedAt, i.id", Object[].class)
                .setParameter("states", since == null ? List.of(ItemState.PUBLISHED) : List.of(ItemState.PUBLISHED, ItemState.WITHDRAWN));
        if (since != null) {
            q.setParameter("since", since);
        }
        return pairs(q.getResultList());
    }

    private static List<Published> pairs(List<Object[]> rows) {
        return rows.stream().map(r -> new Published((ItemEntity) r[0], (VersionEntity) r[1])).toList();
    }
}
