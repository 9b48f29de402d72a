package org.smartjustice.supervision.internal.events;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.platform.api.problem.ProblemException;

/**
 * Takes the host's grid events, from the webhook handler and from {@code POST /events}: checks them,
 * and stores a version only when it is newer than the stored one, with the body it came in. Idempotent
 * on (source, event id, version); concurrent copies of one event store one (the unique keys of V2,
 * and a re-read after the loser's failure).
 */
@Component(service = EventService.class)
public class EventService {

    private static final Logger LOG = Logger.getLogger(EventService.class.getName());
    /** Attempts of a REST ingest that lost a race to a concurrent version of the same event. */
    static final int ATTEMPTS = 4;

    @Reference
    private EventStore store;

    /** What an ingest did. */
    public enum Outcome { CREATED, UPDATED, IGNORED }

    /** An ingest's answer: the event as stored now, and a note when the version was ignored. */
    public record Ingested(EventEntity event, Outcome outcome, String note) {
    }

    /** The checked event, or 400 naming every bad field (nothing stored). */
    public static EventRules.Checked checkOrThrow(Map<String, Object> data, String defaultSource) {
        List<FieldError> errors = new ArrayList<>();
        EventRules.Checked c = EventRules.check(data, defaultSource, GridCategories.national(), errors);
        if (c == null) {
            throw ProblemException.badRequest("网格事件有 " + errors.size() + " 处错误", errors);
        }
        return c;
    }

    /** One event of a batch: checked, with the body it came in and where from. */
    public record Incoming(EventRules.Checked checked, String body, String from) {
    }

    /**
     * Stores a batch of events (a back-fill's lines, in order) in one transaction: a line that repeats an
     * event of the batch meets the version stored by the line before it. When the batch loses a race to a
     * concurrent ingest of one of its events, the batch is rolled back and its events are stored one by
     * one as {@link #ingest} does.
     *
     * @return what each event's ingest did, in the batch's order
     */
    public List<Outcome> ingestBatch(List<Incoming> batch, EventVersionEntity.Channel channel) {
        try {
            return store.write(em -> batchInTransaction(em, batch, channel));
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "a batch of " + batch.size() + " grid events lost a race; storing them one by one", e);
            List<Outcome> outcomes = new ArrayList<>();
            for (Incoming i : batch) {
                outcomes.add(ingest(i.checked(), channel, i.from(), i.body()).outcome());
            }
            return outcomes;
        }
    }

    private static List<Outcome> batchInTransaction(javax.persistence.EntityManager em, List<Incoming> batch,
                                                    EventVersionEntity.Channel channel) {
        Map<String, Map<String, EventEntity>> known = new java.util.HashMap<>();
        Map<String, List<String>> idsBySource = new java.util.HashMap<>();
        batch.forEach(i -> idsBySource.computeIfAbsent(i.checked().source(), s -> new ArrayList<>()).add(i.checked().eventId()));
        idsBySource.forEach((source, ids) -> known.put(source, EventStore.byKeys(em, source, ids)));
        LocalDateTime now = UtcTimes.now();
        List<Outcome> outcomes = new ArrayList<>();
        for (Incoming i : batch) {
            EventRules.Checked c = i.checked();
            Map<String, EventEntity> ofSource = known.get(c.source());
            EventEntity e = ofSource.get(c.eventId());
            EventRules.Ordering order = EventRules.order(e == null ? null : e.eventVersion, c.version());
            if (order == EventRules.Ordering.SAME || order == EventRules.Ordering.OLDER) {
                outcomes.add(Outcome.IGNORED);
                continue;
            }
            if (e == null) {
                e = new EventEntity();
                e.createdAt = now;
                e.apply(c, now);
                em.persist(e);
                ofSource.put(c.eventId(), e);
            } else {
                e.apply(c, now);
            }
            em.persist(version(e, c, channel, i.from(), i.body(), now));
            outcomes.add(order == EventRules.Ordering.NEW ? Outcome.CREATED : Outcome.UPDATED);
        }
        em.flush();
        return outcomes;
    }

    private static EventVersionEntity version(EventEntity e, EventRules.Checked c, EventVersionEntity.Channel channel, String from,
                                              String body, LocalDateTime now) {
        EventVersionEntity v = new EventVersionEntity();
        v.eventRef = e.id();
        v.source = c.source();
        v.eventId = c.eventId();
        v.eventVersion = c.version();
        v.channel = channel;
        v.receivedFrom = from.length() > 300 ? from.substring(0, 300) : from;
        v.body = body;
        v.receivedAt = now;
        return v;
    }

    /**
     * Stores the event in the caller's transaction (a webhook's: the platform's, so the event and the
     * message's mark commit together). A failure propagates; the platform hands the message over again.
     */
    public Ingested ingestInTransaction(EventRules.Checked c, EventVersionEntity.Channel channel, String from, String body) {
        return store.write(em -> {
            EventEntity e = EventStore.byKey(em, c.source(), c.eventId());
            EventRules.Ordering order = EventRules.order(e == null ? null : e.eventVersion, c.version());
            if (order == EventRules.Ordering.SAME || order == EventRules.Ordering.OLDER) {
                return ignored(e, c);
            }
            LocalDateTime now = UtcTimes.now();
            if (e == null) {
                e = new EventEntity();
                e.createdAt = now;
                e.apply(c, now);
                em.persist(e);
            } else {
                e.apply(c, now);
            }
            em.persist(version(e, c, channel, from, body, now));
            em.flush();
            return new Ingested(e, order == EventRules.Ordering.NEW ? Outcome.CREATED : Outcome.UPDATED, null);
        });
    }

    /**
     * Stores the event in a transaction of its own; losing a race to a concurrent copy (the unique key)
     * or to a concurrent version (the row's version) reads again: a copy is then ignored, a still newer
     * version tried again.
     */
    public Ingested ingest(EventRules.Checked c, EventVersionEntity.Channel channel, String from, String body) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return ingestInTransaction(c, channel, from, body);
            } catch (ProblemException e) {
                throw e;
            } catch (RuntimeException e) {
                last = e;
                Optional<EventEntity> now = store.byKey(c.source(), c.eventId());
                if (now.isPresent() && now.get().eventVersion >= c.version()) {
                    return ignored(now.get(), c);
                }
                LOG.log(Level.FINE, "grid event " + c.source() + "/" + c.eventId() + " v" + c.version()
                        + " lost a race, attempt " + attempt, e);
            }
        }
        throw last;
    }

    private static Ingested ignored(EventEntity e, EventRules.Checked c) {
        String note = e.eventVersion == c.version()
                ? "版本 " + c.version() + " 已保存：重复推送，已确认，未作改动"
                : "版本 " + c.version() + " 早于已保存的版本 " + e.eventVersion + "：已确认，未作改动";
        return new Ingested(e, Outcome.IGNORED, note);
    }
}
