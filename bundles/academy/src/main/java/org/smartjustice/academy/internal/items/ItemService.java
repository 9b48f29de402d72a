package org.smartjustice.academy.internal.items;

import java.time.LocalDateTime;
import java.util.List;

import javax.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.academy.api.ContentKind;
import org.smartjustice.platform.api.TenantContext;
import org.smartjustice.platform.api.audit.AuditLog;
import org.smartjustice.platform.api.files.FileKind;
import org.smartjustice.platform.api.files.Files;
import org.smartjustice.platform.api.files.StoredFile;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.problem.Validation;
import org.smartjustice.platform.api.rest.Upload;

/**
 * The workflow of an item: a draft is written (a new version when the item is already published,
 * so the published version stays public meanwhile), sent for review, published by someone other
 * than its author (the version it replaces is kept as SUPERSEDED), or sent back; a published item
 * can be withdrawn. Each step is audited.
 */
@Component(service = ItemService.class)
public class ItemService {

    static final ObjectMapper JSON = new ObjectMapper();

    @Reference
    private ItemStore store;

    @Reference
    private TenantContext context;

    @Reference
    private AuditLog audit;

    @Reference
    private Files files;

    @Reference
    private ChangeLog changes;

    @Reference
    private ContentRevision revision;

    /** A guide's 办理地点 may be a venue of the district; checked and shown when the venues module is there. */
    @Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
    private volatile org.smartjustice.venues.api.VenueDirectory venues;

    /** The venue a guide names, when the venues module is there and the district has it. */
    public java.util.Optional<org.smartjustice.venues.api.VenueSummary> venueOf(Guide guide) {
        org.smartjustice.venues.api.VenueDirectory directory = venues;
        if (guide == null || guide.venueId() == null || guide.venueId().isBlank() || directory == null) {
            return java.util.Optional.empty();
        }
        return directory.get(guide.venueId().strip());
    }

    private void checkVenue(ItemInput in) {
        Guide g = in.guide();
        if (g != null && g.venueId() != null && !g.venueId().isBlank() && venues != null && venueOf(g).isEmpty()) {
            throw ProblemException.invalidField("guide.venueId", "本区县没有编号为 " + ProblemException.shownId(g.venueId()) + " 的阵地");
        }
    }

    public ItemEntity create(ItemInput in) {
        new Validation().required("kind", in.kind()).throwIfInvalid();
        ItemRules.checkDraft(in.kind(), in);
        checkVenue(in);
        String me = context.principal().subject();
        LocalDateTime now = UtcTimes.now();
        ItemEntity item = store.write(em -> {
            ItemEntity i = new ItemEntity();
            i.kind = in.kind();
            i.state = ItemState.DRAFT;
            i.latestNo = 1;
            i.workingNo = 1;
            i.createdAt = now;
            i.createdBy = me;
            i.updatedAt = now;
            copyFacts(i, in);
            em.persist(i);
            em.flush();
            VersionEntity v = newVersion(i, 1, me, now);
            fill(v, in);
            em.persist(v);
            return i;
        });
        audit.record("academy.item.create", "items/" + item.id(), "success", item.kind.title() + "《" + item.title + "》草稿");
        return item;
    }

    public ItemEntity update(String id, ItemInput in, long expected) {
        String me = context.principal().subject();
        ItemEntity item = store.write(em -> {
            ItemEntity i = ItemStore.require(em, id);
            i.requireVersion(expected);
            new Validation().check(in.kind() == null || in.kind() == i.kind, "kind", "内容类型不能修改").throwIfInvalid();
            ItemRules.checkDraft(i.kind, in);
            checkVenue(in);
            VersionEntity v = workingOrNew(em, i, me);
            ItemRules.require(v.status, ItemState.DRAFT, "修改");
            edited(v, me);
            fill(v, in);
            v.updatedAt = UtcTimes.now();
            touch(i, v);
            return i;
        });
        audit.record("academy.item.update", "items/" + id, "success", "修改第 " + item.workingNo + " 版");
        return item;
    }

    /** A template's file, on the working version (a new draft version when the item is published). */
    public ItemEntity attachFile(String id, Upload upload, Long expected) {
        String me = context.principal().subject();
        ItemEntity item = store.write(em -> {
            ItemEntity i = ItemStore.require(em, id);
            if (expected != null) {
                i.requireVersion(expected);
            }
            if (i.kind != ContentKind.DOCUMENT_TEMPLATE) {
                throw ProblemException.invalidField("file", "只有法律制式文书带有文件");
            }
            VersionEntity v = workingOrNew(em, i, me);
            ItemRules.require(v.status, ItemState.DRAFT, "上传文件");
            edited(v, me);
            StoredFile file = files.store(FileKind.DOCUMENT, upload.fileName() != null ? upload.fileName()
                    : upload.field("name", null), upload.bytes(), "file");
            v.fileId = file.id();
            v.fileName = file.name();
            v.updatedAt = UtcTimes.now();
            touch(i, v);
            return i;
        });
        audit.record("academy.item.file", "items/" + id, "success", "第 " + item.workingNo + " 版的文件");
        return item;
    }

    public ItemEntity submit(String id, long expected) {
        ItemEntity item = store.write(em -> {
            ItemEntity i = ItemStore.require(em, id);
            i.requireVersion(expected);
            VersionEntity v = working(em, i, "送审");
            ItemRules.require(v.status, ItemState.DRAFT, "送审");
            ItemRules.checkComplete(i.kind, v, guide(v));
            v.status = ItemState.REVIEW;
            v.submittedAt = UtcTimes.now();
            v.reviewer = null;
            v.reviewNote = null;
            if (i.state != ItemState.PUBLISHED) {
                i.state = ItemState.REVIEW;
            }
            i.updatedAt = v.submittedAt;
            return i;
        });
        audit.record("academy.item.submit", "items/" + id, "success", "第 " + item.workingNo + " 版送审");
        return item;
    }

    public ItemEntity publish(String id, String note, long expected) {
        String me = context.principal().subject();
        checkNote(note);
        int[] number = new int[1];
        ItemEntity item = store.write(em -> {
            ItemEntity i = ItemStore.require(em, id);
            i.requireVersion(expected);
            VersionEntity v = working(em, i, "发布");
            ItemRules.require(v.status, ItemState.REVIEW, "发布");
            ItemRules.requireOtherReviewer(v, me);
            LocalDateTime now = UtcTimes.now();
            if (i.publishedNo != null) {
                VersionEntity old = ItemStore.version(em, i, i.publishedNo);
                if (old.status == ItemState.PUBLISHED || old.status == ItemState.WITHDRAWN) {
                    old.status = ItemState.SUPERSEDED;
                }
            }
            v.status = ItemState.PUBLISHED;
            v.reviewer = me;
            v.reviewedAt = now;
            v.reviewNote = Validation.blankToNull(note);
            i.state = ItemState.PUBLISHED;
            i.publishedNo = v.number;
            i.workingNo = null;
            i.publishedAt = now;
            i.updatedAt = now;
            i.title = v.title;
            i.summary = v.summary;
            i.audiences = v.audiences;
            i.topics = v.topics;
            i.effectiveFrom = v.effectiveFrom;
            i.expiresOn = v.expiresOn;
            i.fileId = v.fileId;
            number[0] = v.number;
            changes.changed(em, i.id());
            return i;
        });
        revision.changed();
        audit.record("academy.item.publish", "items/" + id, "success", "发布第 " + number[0] + " 版《" + item.title + "》");
        return item;
    }

    public ItemEntity reject(String id, String note, long expected) {
        String me = context.principal().subject();
        new Validation().required("note", note).throwIfInvalid();
        checkNote(note);
        ItemEntity item = store.write(em -> {
            ItemEntity i = ItemStore.require(em, id);
            i.requireVersion(expected);
            VersionEntity v = working(em, i, "退回");
            ItemRules.require(v.status, ItemState.REVIEW, "退回");
            ItemRules.requireOtherReviewer(v, me);
            v.status = ItemState.DRAFT;
            v.reviewer = me;
            v.reviewedAt = UtcTimes.now();
            v.reviewNote = note.strip();
            if (i.state == ItemState.REVIEW) {
                i.state = ItemState.DRAFT;
            }
            i.updatedAt = v.reviewedAt;
            return i;
        });
        audit.record("academy.item.reject", "items/" + id, "success", "退回修改：" + note.strip());
        return item;
    }

    public ItemEntity withdraw(String id, String note, long expected) {
        checkNote(note);
        ItemEntity item = store.write(em -> {
            ItemEntity i = ItemStore.require(em, id);
            i.requireVersion(expected);
            ItemRules.require(i.state, ItemState.PUBLISHED, "撤回");
            VersionEntity v = ItemStore.version(em, i, i.publishedNo);
            v.status = ItemState.WITHDRAWN;
            v.reviewNote = Validation.blankToNull(note);
            i.state = ItemState.WITHDRAWN;
            i.updatedAt = UtcTimes.now();
            changes.changed(em, i.id());
            return i;
        });
        revision.changed();
        audit.record("academy.item.withdraw", "items/" + id, "success", "撤回《" + item.title + "》"
                + (note == null || note.isBlank() ? "" : "：" + note.strip()));
        return item;
    }

    /** Only what was never published goes; a published item is withdrawn instead, and its versions stay. */
    public void delete(String id, Long expected) {
        ItemEntity item = store.write(em -> {
            ItemEntity i = ItemStore.require(em, id);
            if (expected != null) {
                i.requireVersion(expected);
            }
            if (i.publishedNo != null) {
                throw new ProblemException(409, "illegal-transition", "当前状态不允许此操作", "发布过的内容不能删除，请撤回");
            }
            ItemStore.deleteVersions(em, id);
            em.remove(i);
            return i;
        });
        audit.record("academy.item.delete", "items/" + id, "success", "删除草稿《" + item.title + "》");
    }

    /** A district hides a city item for itself (its users and public no longer see it); false when it was hidden already. */
    public boolean hideCityItem(String id) {
        String title = store.cityItemTitle(id);
        boolean added = store.write(em -> {
            if (ItemStore.isHidden(em, id)) {
                return false;
            }
            HiddenEntity h = new HiddenEntity();
            h.itemId = id;
            h.hiddenAt = UtcTimes.now();
            h.hiddenBy = context.principal().subject();
            em.persist(h);
            return true;
        });
        revision.changed();
        if (added) {
            audit.record("academy.city-item.hide", "city-items/" + id, "success", "本区隐藏市级内容《" + title + "》");
        }
        return added;
    }

    /** A district shows a city item it hid again. */
    public void showCityItem(String id) {
        int removed = store.write(em -> ItemStore.unhide(em, id));
        revision.changed();
        if (removed > 0) {
            audit.record("academy.city-item.show", "city-items/" + id, "success", "本区重新显示市级内容");
        }
    }

    /**
     * An item published at once, without review, as one version written and published by
     * {@code author} at {@code at}: what demo content is (its review note says so). A template's
     * file is stored by the platform's file service. Not audited here: the loader records the load.
     */
    public ItemEntity publishUnreviewed(ItemInput in, String fileName, byte[] file, String author, String note, LocalDateTime at) {
        new Validation().required("kind", in.kind()).throwIfInvalid();
        ItemRules.checkDraft(in.kind(), in);
        ItemEntity item = store.write(em -> {
            ItemEntity i = new ItemEntity();
            i.kind = in.kind();
            i.state = ItemState.PUBLISHED;
            i.latestNo = 1;
            i.publishedNo = 1;
            i.createdAt = at;
            i.createdBy = author;
            i.updatedAt = at;
            i.publishedAt = at;
            copyFacts(i, in);
            em.persist(i);
            em.flush();
            VersionEntity v = newVersion(i, 1, author, at);
            fill(v, in);
            v.status = ItemState.PUBLISHED;
            if (file != null) {
                StoredFile stored = files.store(FileKind.DOCUMENT, fileName, file, "file");
                v.fileId = stored.id();
                v.fileName = stored.name();
                i.fileId = stored.id();
            }
            v.submittedAt = at;
            v.reviewer = author;
            v.reviewedAt = at;
            v.reviewNote = note;
            em.persist(v);
            i.effectiveFrom = v.effectiveFrom;
            i.expiresOn = v.expiresOn;
            changes.changed(em, i.id());
            return i;
        });
        revision.changed();
        return item;
    }

    public ItemEntity find(String id) {
        return store.read(em -> ItemStore.require(em, id));
    }

    public List<VersionEntity> versions(String id) {
        return store.read(em -> {
            ItemStore.require(em, id);
            return ItemStore.versions(em, id);
        });
    }

    private static VersionEntity working(EntityManager em, ItemEntity i, String action) {
        if (i.workingNo == null) {
            throw new ProblemException(409, "illegal-transition", "当前状态不允许此操作", "没有正在编辑的版本，无法" + action);
        }
        return ItemStore.version(em, i, i.workingNo);
    }

    /** The version being edited, or a new draft copied from the published one. */
    private static VersionEntity workingOrNew(EntityManager em, ItemEntity i, String me) {
        if (i.workingNo != null) {
            return ItemStore.version(em, i, i.workingNo);
        }
        VersionEntity from = ItemStore.version(em, i, i.latestNo);
        LocalDateTime now = UtcTimes.now();
        VersionEntity v = newVersion(i, i.latestNo + 1, me, now);
        v.title = from.title;
        v.summary = from.summary;
        v.body = from.body;
        v.legalBasis = from.legalBasis;
        v.source = from.source;
        v.audiences = from.audiences;
        v.topics = from.topics;
        v.effectiveFrom = from.effectiveFrom;
        v.expiresOn = from.expiresOn;
        v.guide = from.guide;
        v.fileId = from.fileId;
        v.fileName = from.fileName;
        em.persist(v);
        i.latestNo = v.number;
        i.workingNo = v.number;
        return v;
    }

    private static VersionEntity newVersion(ItemEntity i, int number, String author, LocalDateTime now) {
        VersionEntity v = new VersionEntity();
        v.itemId = i.id();
        v.number = number;
        v.status = ItemState.DRAFT;
        v.author = author;
        v.editors = "|" + author + "|";
        v.createdAt = now;
        v.updatedAt = now;
        return v;
    }

    private static void edited(VersionEntity v, String me) {
        if (v.editors.contains("|" + me + "|")) {
            return;
        }
        if (v.editors.length() + me.length() + 1 > 4000) {
            throw new ProblemException(409, "too-many-editors", "修改人过多", "这一版本的修改人已满，请发布或退回后在新版本中修改");
        }
        v.editors = v.editors + me + "|";
    }

    private static void fill(VersionEntity v, ItemInput in) {
        v.title = in.title().strip();
        v.summary = Validation.blankToNull(in.summary());
        v.body = RichText.clean(in.body());
        v.legalBasis = in.legalBasis().isEmpty() ? null : json(in.legalBasis());
        v.source = Validation.blankToNull(in.source());
        v.audiences = ItemRules.joined(in.audiences());
        v.topics = ItemRules.joined(in.topics());
        v.effectiveFrom = in.effectiveFrom();
        v.expiresOn = in.expiresOn();
        v.guide = in.guide() == null ? null : json(in.guide());
    }

    /** An item never published shows its draft's facts in lists; a published one keeps its published facts. */
    private static void copyFacts(ItemEntity i, ItemInput in) {
        i.title = in.title().strip();
        i.summary = Validation.blankToNull(in.summary());
        i.audiences = ItemRules.joined(in.audiences());
        i.topics = ItemRules.joined(in.topics());
    }

    private static void touch(ItemEntity i, VersionEntity v) {
        i.updatedAt = UtcTimes.now();
        if (i.publishedNo == null) {
            i.title = v.title;
            i.summary = v.summary;
            i.audiences = v.audiences;
            i.topics = v.topics;
        }
    }

    private static void checkNote(String note) {
        new Validation().maxLength("note", note, ItemRules.SUMMARY_MAX).plainText("note", note).throwIfInvalid();
    }

    static Guide guide(VersionEntity v) {
        try {
            return v.guide == null ? null : JSON.readValue(v.guide, Guide.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("guide of item " + v.itemId + " version " + v.number + " unreadable", e);
        }
    }

    static List<ItemInput.LegalBasis> legalBasis(VersionEntity v) {
        try {
            return v.legalBasis == null ? List.of() : JSON.readValue(v.legalBasis, new TypeReference<List<ItemInput.LegalBasis>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("legal basis of item " + v.itemId + " unreadable", e);
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
