package org.smartjustice.platform.internal.webhooks.inbound;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.Page;
import org.smartjustice.platform.api.PageRequest;
import org.smartjustice.platform.api.persistence.SchemaMigrator;
import org.smartjustice.platform.api.persistence.UtcTimes;
import org.smartjustice.platform.internal.audit.AuditEntry;
import org.smartjustice.platform.internal.audit.AuditService;
import org.smartjustice.platform.internal.context.Node;
import org.smartjustice.platform.internal.persistence.GroupCommit;
import org.smartjustice.platform.api.persistence.QueryFilter;
import org.smartjustice.platform.internal.tenants.TenantStore;

/**
 * The inbound_webhook table. A message is stored once per (sender, webhook-id); the mark HANDLED is
 * conditional on PENDING (and due) inside the handler's transaction, so that when two nodes hand the
 * same message over at once, one waits for the other's row lock and then finds nothing to do: only one
 * handler's writes commit. Messages arriving at once are stored in one commit, and handed over in one.
 */
@Component(service = InboundStore.class)
public class InboundStore {

    static final int ERROR_MAX = 1000;

    /** What storing a message came to. */
    enum Outcome {
        /** Stored now. */
        NEW,
        /** The sender's retry: the same id and the same bytes, stored before. */
        REPEAT,
        /** The id was used for other bytes. */
        CONFLICT
    }

    record Stored(Outcome outcome, InboundEntity message) {
    }

    @Reference(target = "(osgi.unit.name=justice-platform)")
    private JpaTemplate jpa;

    @Reference
    private SchemaMigrator migrator;

    final String node = Node.ID;

    @Activate
    void activate(BundleContext bundleContext) {
        migrator.migrate(TenantStore.SCHEMA, bundleContext.getBundle());
        // Hand-overs this node had claimed before a restart are not in progress any more.
        jpa.tx(TransactionType.RequiresNew, em -> em.createQuery("update InboundEntity m set m.claimedBy = null,"
                + " m.claimedUntil = null where m.claimedBy = :node").setParameter("node", node).executeUpdate());
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A message under an id already stored (or none) compared with what arrived now. */
    static Outcome compare(InboundEntity stored, String bodySha256) {
        if (stored == null) {
            return Outcome.NEW;
        }
        return MessageDigest.isEqual(stored.bodySha256.getBytes(StandardCharsets.US_ASCII),
                bodySha256.getBytes(StandardCharsets.US_ASCII)) ? Outcome.REPEAT : Outcome.CONFLICT;
    }

    /** Messages arriving at once share a commit (each answered after it): a sender's burst is not a commit a message. */
    private final GroupCommit<InboundEntity, Stored> stores = new GroupCommit<>(this::storeAll, 200);

    /**
     * Stores the message, committed before this returns, unless its sender's id is stored already; the
     * audit record of a new message or a sender's retry commits with it.
     * Two copies arriving at once: in one batch the second finds the first; in two (or on two nodes)
     * the unique (sender, message_id) lets one insert win, and the other reads the row it made.
     */
    Stored store(InboundEntity message) {
        try {
            return stores.commit(message);
        } catch (RuntimeException raced) {
            InboundEntity winner = jpa.txExpr(TransactionType.RequiresNew, em -> find(em, message.sender, message.messageId));
            if (winner == null) {
                throw raced;
            }
            Outcome outcome = compare(winner, message.bodySha256);
            if (outcome == Outcome.REPEAT) {
                jpa.tx(TransactionType.RequiresNew, em -> AuditService.appendIn(em, repeated(message, winner)));
            }
            return new Stored(outcome, winner);
        }
    }

    private static AuditEntry repeated(InboundEntity m, InboundEntity before) {
        return AuditService.entry("system:webhook:" + m.sender, before.tenant, "webhooks.inbound.repeated",
                "platform/inbound/messages/" + before.id, "success", m.messageId + " 重发，已于首次收到时保存（" + before.state + "）");
    }

    /** Stores the new ones of a batch of messages in one transaction; what each came to, in order. */
    private List<Stored> storeAll(List<InboundEntity> messages) {
        return jpa.txExpr(TransactionType.RequiresNew, em -> {
            Map<String, InboundEntity> known = new HashMap<>();
            for (InboundEntity m : messages) {
                // One lookup a message: the unique key (sender, message_id) answers it; an IN list over its second
                // column would walk every message of the sender on the embedded database.
                known.computeIfAbsent(m.sender + "\n" + m.messageId, k -> find(em, m.sender, m.messageId));
            }
            List<Stored> stored = new ArrayList<>();
            for (InboundEntity m : messages) {
                String key = m.sender + "\n" + m.messageId;
                InboundEntity before = known.get(key);
                Outcome outcome = compare(before, m.bodySha256);
                String actor = "system:webhook:" + m.sender;
                if (outcome == Outcome.NEW) {
                    em.persist(m);
                    known.put(key, m);
                    stored.add(new Stored(outcome, m));
                    AuditService.appendIn(em, AuditService.entry(actor, m.tenant, "webhooks.inbound.received",
                            "platform/inbound/messages/" + m.id, "success", m.messageId + " " + m.type + "，" + m.body.length + " 字节"));
                } else {
                    stored.add(new Stored(outcome, before));
                    if (outcome == Outcome.REPEAT) {
                        AuditService.appendIn(em, repeated(m, before));
                    }
                }
            }
            em.flush();
            return stored;
        });
    }

    private static InboundEntity find(EntityManager em, String sender, String messageId) {
        List<InboundEntity> found = em.createQuery("select m from InboundEntity m where m.sender = :sender"
                        + " and m.messageId = :messageId", InboundEntity.class)
                .setParameter("sender", sender).setParameter("messageId", messageId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * Ids of the tenant's pending messages that are due and of a type some handler takes
     * ({@code patterns} as {@link InboundHandlers} reads them; {@code *} for any), oldest first.
     */
    List<String> due(String tenant, Collection<String> patterns, int max) {
        if (patterns.isEmpty() || max <= 0) {
            return List.of();
        }
        List<String> exact = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        boolean any = false;
        for (String p : patterns) {
            if (p.equals(InboundHandlers.ALL)) {
                any = true;
            } else if (p.endsWith(".*")) {
                prefixes.add(likeEscaped(p.substring(0, p.length() - 1)) + "%");
            } else {
                exact.add(p);
            }
        }
        List<String> types = new ArrayList<>();
        if (!any) {
            if (!exact.isEmpty()) {
                types.add("m.type in :exact");
            }
            for (int i = 0; i < prefixes.size(); i++) {
                types.add("m.type like :p" + i + " escape '!'");
            }
        }
        String typeFilter = types.isEmpty() ? "" : " and (" + String.join(" or ", types) + ")";
        boolean anyType = any;
        LocalDateTime now = UtcTimes.now();
        return jpa.txExpr(TransactionType.RequiresNew, em -> {
            TypedQuery<String> q = em.createQuery("select m.id from InboundEntity m where m.state = :pending"
                            + " and m.tenant = :tenant and m.nextAttemptAt <= :now"
                            + " and (m.claimedUntil is null or m.claimedUntil < :now)" + typeFilter
                            + " order by m.nextAttemptAt, m.receivedAt", String.class)
                    .setParameter("pending", InboundState.PENDING).setParameter("tenant", tenant).setParameter("now", now);
            if (!anyType) {
                if (!exact.isEmpty()) {
                    q.setParameter("exact", exact);
                }
                for (int i = 0; i < prefixes.size(); i++) {
                    q.setParameter("p" + i, prefixes.get(i));
                }
            }
            return q.setMaxResults(max).getResultList();
        });
    }

    /** A prefix for LIKE with {@code !} as the escape character: {@code _} and {@code %} are themselves. */
    static String likeEscaped(String prefix) {
        return prefix.replace("!", "!!").replace("_", "!_").replace("%", "!%");
    }

    /** Those of the messages that are pending and due (and under no claim left by an earlier version): read, nothing changed. */
    List<InboundEntity> pendingDue(List<String> ids) {
        LocalDateTime now = UtcTimes.now();
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select m from InboundEntity m where m.id in :ids"
                        + " and m.state = :pending and m.nextAttemptAt <= :now and (m.claimedUntil is null or m.claimedUntil < :now)"
                        + " order by m.receivedAt", InboundEntity.class)
                .setParameter("ids", ids).setParameter("pending", InboundState.PENDING).setParameter("now", now).getResultList());
    }

    /** Puts a pending message off without an attempt, saying why; {@code next} null leaves its due time as it is. */
    void postpone(String id, String why, LocalDateTime next) {
        jpa.tx(TransactionType.RequiresNew, em -> {
            javax.persistence.Query q = em.createQuery("update InboundEntity m set m.lastError = :why"
                            + (next == null ? "" : ", m.nextAttemptAt = :next") + " where m.id = :id and m.state = :pending")
                    .setParameter("why", cut(why, ERROR_MAX)).setParameter("id", id).setParameter("pending", InboundState.PENDING);
            if (next != null) {
                q.setParameter("next", next);
            }
            q.executeUpdate();
        });
    }

    /** What a handler does with each of a batch of messages inside the platform's transaction; may throw anything. */
    interface BatchHandling {
        void run(List<String> ids) throws Exception;
    }

    /**
     * {@link #handleOnce} for a batch: one transaction marks each still PENDING message HANDLED and has the
     * handler take those, so that the batch's marks, the handler's writes and the audit records commit
     * together, or roll back together when it throws (the caller then hands the messages over one by one).
     *
     * @return the ids marked and handled
     */
    List<String> handleAll(List<String> ids, String handledBy, BatchHandling handler,
                           Function<String, AuditEntry> record) {
        LocalDateTime now = UtcTimes.now();
        return jpa.txExpr(TransactionType.Required, em -> {
            List<String> marked = new ArrayList<>();
            for (String id : ids) {
                // Still pending and due: two nodes racing for it wait
                // for each other's row lock, and the second finds nothing to do.
                int changed = em.createQuery("update InboundEntity m set m.state = :handled, m.attempts = m.attempts + 1,"
                                + " m.lastAttemptAt = :now, m.handledAt = :now, m.handledBy = :by, m.lastError = null,"
                                + " m.claimedBy = null, m.claimedUntil = null where m.id = :id and m.state = :pending"
                                + " and m.nextAttemptAt <= :now and (m.claimedUntil is null or m.claimedUntil < :now)")
                        .setParameter("handled", InboundState.HANDLED).setParameter("now", now).setParameter("by", cut(handledBy, 255))
                        .setParameter("id", id).setParameter("pending", InboundState.PENDING).executeUpdate();
                if (changed == 1) {
                    marked.add(id);
                }
            }
            try {
                handler.run(marked);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new HandlerFailed(e);
            }
            marked.forEach(id -> AuditService.appendIn(em, record.apply(id)));
            return marked;
        });
    }

    /** What a handler does inside the platform's transaction; may throw anything. */
    interface Handling {
        void run() throws Exception;
    }

    /** Carries a handler's checked exception out of the transaction's callback. */
    static final class HandlerFailed extends RuntimeException {
        HandlerFailed(Exception cause) {
            super(cause);
        }
    }

    /**
     * Marks the message HANDLED and runs the handler in one JTA transaction: the mark and the handler's
     * own writes (its {@code TenantPersistence.write} joins) commit together, or roll back together
     * when it throws. The mark comes first and only from PENDING: a second hand-over of the same
     * message waits for the first one's row lock and then finds nothing to do.
     *
     * @return false when the message was not PENDING any more (the handler was not called)
     */
    boolean handleOnce(String id, String handledBy, Handling handler) {
        LocalDateTime now = UtcTimes.now();
        return jpa.txExpr(TransactionType.Required, em -> {
            int changed = em.createQuery("update InboundEntity m set m.state = :handled, m.attempts = m.attempts + 1,"
                            + " m.lastAttemptAt = :now, m.handledAt = :now, m.handledBy = :by, m.lastError = null,"
                            + " m.claimedBy = null, m.claimedUntil = null where m.id = :id and m.state = :pending")
                    .setParameter("handled", InboundState.HANDLED).setParameter("now", now).setParameter("by", cut(handledBy, 255))
                    .setParameter("id", id).setParameter("pending", InboundState.PENDING).executeUpdate();
            if (changed != 1) {
                return false;
            }
            try {
                handler.run();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new HandlerFailed(e);
            }
            return true;
        });
    }

    /**
     * Records a failed hand-over and frees the claim: {@code next} is when to try again, or null for
     * never (FAILED). Only a PENDING message changes: one handled meanwhile stays handled.
     */
    void failed(String id, int attempts, String error, LocalDateTime next) {
        LocalDateTime now = UtcTimes.now();
        jpa.tx(TransactionType.RequiresNew, em -> em.createQuery("update InboundEntity m set m.state = :state,"
                        + " m.attempts = :attempts, m.lastAttemptAt = :now, m.lastError = :error, m.nextAttemptAt = :next,"
                        + " m.claimedBy = null, m.claimedUntil = null where m.id = :id and m.state = :pending")
                .setParameter("state", next == null ? InboundState.FAILED : InboundState.PENDING)
                .setParameter("attempts", attempts).setParameter("now", now).setParameter("error", cut(error, ERROR_MAX))
                .setParameter("next", next == null ? now : next).setParameter("id", id)
                .setParameter("pending", InboundState.PENDING).executeUpdate());
    }

    /** A FAILED message is due again now; @return false when it is not FAILED (or not there). */
    boolean retry(String id) {
        int changed = jpa.txExpr(TransactionType.RequiresNew, em -> em.createQuery("update InboundEntity m"
                        + " set m.state = :pending, m.nextAttemptAt = :now, m.claimedBy = null, m.claimedUntil = null"
                        + " where m.id = :id and m.state = :failed")
                .setParameter("pending", InboundState.PENDING).setParameter("now", UtcTimes.now())
                .setParameter("id", id).setParameter("failed", InboundState.FAILED).executeUpdate());
        return changed == 1;
    }

    Optional<InboundEntity> find(String id) {
        return Optional.ofNullable(jpa.txExpr(TransactionType.Supports, em -> em.find(InboundEntity.class, id)));
    }

    /** Filters of the operators' list; {@code tenantsIn} restricts to those tenants (null: no restriction). */
    record InboundQuery(String sender, String tenant, Set<String> tenantsIn, InboundState state, String type) {
    }

    Page<InboundEntity> find(InboundQuery query, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            QueryFilter filter = new QueryFilter().equal("m.sender", "sender", query.sender()).equal("m.tenant", "tenant", query.tenant())
                    .in("m.tenant", "tenantsIn", query.tenantsIn()).equal("m.state", "state", query.state())
                    .equal("m.type", "type", query.type());
            TypedQuery<InboundEntity> select = filter.bind(em.createQuery("select m from InboundEntity m" + filter.where()
                    + " order by m.receivedAt " + (page.descending() ? "desc" : "asc") + ", m.id", InboundEntity.class));
            TypedQuery<Long> count = filter.bind(em.createQuery("select count(m) from InboundEntity m" + filter.where(), Long.class));
            List<InboundEntity> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
