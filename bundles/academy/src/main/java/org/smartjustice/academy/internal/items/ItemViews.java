package org.smartjustice.academy.internal.items;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.smartjustice.academy.api.Audience;
import org.smartjustice.academy.api.Topic;
import org.smartjustice.platform.api.Label;
import org.smartjustice.platform.api.persistence.UtcTimes;

/** How items and versions are shown: to editors in full, to the public without any person's name. */
public final class ItemViews {

    private ItemViews() {
    }

    /** An item in an editor's list. */
    public record ItemSummary(String id, Label kind, Label state, long version, String title, String summary,
                              List<Label> audiences, List<Label> topics, Integer publishedVersion, Integer workingVersion,
                              Label workingStatus, OffsetDateTime publishedAt, OffsetDateTime createdAt, String createdBy,
                              OffsetDateTime updatedAt) {
    }

    /** An item for its editors: the version the public sees and the one being worked on. */
    public record ItemDetail(ItemSummary item, VersionView published, VersionView working) {
    }

    public record VersionView(int number, Label status, String title, String summary, String body,
                              List<ItemInput.LegalBasis> legalBasis, String source, List<Label> audiences, List<Label> topics,
                              LocalDate effectiveFrom, LocalDate expiresOn, Guide guide, String fileName, String author,
                              OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime submittedAt, String reviewer,
                              OffsetDateTime reviewedAt, String reviewNote) {
    }

    /** An item on a public board or in the policy area. {@code city}: published by the city for every district. */
    public record PublicEntry(String id, Label kind, String title, String summary, List<Label> audiences, List<Label> topics,
                              LocalDate effectiveFrom, OffsetDateTime publishedAt, boolean city, boolean hasFile) {
    }

    /** A published item as the public reads it: no author, no reviewer, no draft. */
    public record PublicItem(String id, Label kind, String title, String summary, String body,
                             List<ItemInput.LegalBasis> legalBasis, String source, List<Label> audiences, List<Label> topics,
                             LocalDate effectiveFrom, LocalDate expiresOn, Guide guide, Place place, String fileName,
                             OffsetDateTime publishedAt, boolean city) {
    }

    /** The venue where a guide's service is handled, as the venues module knows it (WGS-84). */
    public record Place(String venueId, String name, String address, String phone, String openingHours, double lon, double lat) {

        static Place of(org.smartjustice.venues.api.VenueSummary v) {
            return new Place(v.id(), v.name(), v.address(), v.phone(), v.openingHours(), v.lon(), v.lat());
        }
    }

    public static ItemSummary summary(ItemEntity i, VersionEntity working) {
        return new ItemSummary(i.id(), Label.of(i.kind), Label.of(i.state), i.version(), i.title, i.summary,
                labels(i.audiences, Audience.class), labels(i.topics, Topic.class), i.publishedNo, i.workingNo,
                working == null ? null : Label.of(working.status), time(i.publishedAt), time(i.createdAt), i.createdBy,
                time(i.updatedAt));
    }

    public static VersionView version(VersionEntity v) {
        if (v == null) {
            return null;
        }
        return new VersionView(v.number, Label.of(v.status), v.title, v.summary, v.body, ItemService.legalBasis(v), v.source,
                labels(v.audiences, Audience.class), labels(v.topics, Topic.class), v.effectiveFrom, v.expiresOn,
                ItemService.guide(v), v.fileName, v.author, time(v.createdAt), time(v.updatedAt), time(v.submittedAt),
                v.reviewer, time(v.reviewedAt), v.reviewNote);
    }

    public static PublicEntry entry(ItemEntity i, boolean city) {
        return new PublicEntry(i.id(), Label.of(i.kind), i.title, i.summary, labels(i.audiences, Audience.class),
                labels(i.topics, Topic.class), i.effectiveFrom, time(i.publishedAt), city, i.fileId != null);
    }

    public static PublicItem published(ItemEntity i, VersionEntity v, boolean city, Place place) {
        return new PublicItem(i.id(), Label.of(i.kind), v.title, v.summary, v.body, ItemService.legalBasis(v), v.source,
                labels(v.audiences, Audience.class), labels(v.topics, Topic.class), v.effectiveFrom, v.expiresOn,
                ItemService.guide(v), place, v.fileName, time(i.publishedAt), city);
    }

    private static OffsetDateTime time(java.time.LocalDateTime utc) {
        return utc == null ? null : UtcTimes.toOffset(utc);
    }

    /** The labels of a {@code |A|B|} column. */
    static <E extends Enum<E> & org.smartjustice.platform.api.Titled> List<Label> labels(String joined, Class<E> type) {
        return ItemRules.split(joined, type).stream().map(Label::of).toList();
    }
}
