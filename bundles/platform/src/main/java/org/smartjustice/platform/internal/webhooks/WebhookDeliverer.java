package org.smartjustice.platform.internal.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.smartjustice.platform.api.persistence.UtcTimes;

/**
 * Every node delivers: it looks for due deliveries every poll interval, claims some through the
 * database and sends them on a few threads. A down host delays its own deliveries only.
 */
@Component(service = WebhookDeliverer.class, immediate = true, configurationPid = WebhooksConfig.PID)
@Designate(ocd = WebhooksConfig.class)
public class WebhookDeliverer {

    static final int SENDERS = 4;
    static final long PURGE_EVERY_MS = 3_600_000;
    private static final Logger LOG = Logger.getLogger(WebhookDeliverer.class.getName());

    /** The settings in use; replaced whole when the configuration changes. */
    private record Settings(RetrySchedule retries, WebhookSender sender, Duration timeout, long pollMillis,
                            Duration keepDelivered, Duration keepFailed) {
    }

    @Reference
    private DeliveryStore store;

    @Reference
    private WebhookEndpoints endpoints;

    private volatile Settings settings;
    private ScheduledExecutorService poller;
    private ScheduledFuture<?> polling;
    private ExecutorService senders;
    private final AtomicInteger inFlight = new AtomicInteger();
    private long purgedAt;

    @Activate
    void activate(WebhooksConfig config) {
        poller = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "justice-webhook-poll"));
        AtomicInteger n = new AtomicInteger();
        senders = Executors.newFixedThreadPool(SENDERS, r -> daemon(r, "justice-webhook-send-" + n.incrementAndGet()));
        configure(config);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Modified
    synchronized void configure(WebhooksConfig config) {
        Settings before = settings;
        RetrySchedule retries;
        try {
            retries = RetrySchedule.parse(config.retrySchedule());
        } catch (IllegalArgumentException e) {
            retries = before == null ? RetrySchedule.parse(RetrySchedule.DEFAULT) : before.retries();
            LOG.warning("configuration " + WebhooksConfig.PID + " field retrySchedule refused: " + e.getMessage()
                    + "; using " + retries.waits());
        }
        int timeoutSeconds = config.requestTimeoutSeconds();
        if (timeoutSeconds < 1 || timeoutSeconds > 300) {
            LOG.warning("configuration " + WebhooksConfig.PID + " field requestTimeoutSeconds refused: 1–300, not "
                    + timeoutSeconds + "; using 15");
            timeoutSeconds = 15;
        }
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        long poll = Math.max(100, config.pollIntervalMillis());
        settings = new Settings(retries, new WebhookSender(timeout), timeout, poll,
                Duration.ofDays(Math.max(1, config.keepDeliveredDays())), Duration.ofDays(Math.max(1, config.keepFailedDays())));
        if (before == null || before.pollMillis() != poll) {
            if (polling != null) {
                polling.cancel(false);
            }
            polling = poller.scheduleWithFixedDelay(this::poll, poll, poll, TimeUnit.MILLISECONDS);
        }
    }

    @Deactivate
    void deactivate() {
        poller.shutdownNow();
        // An attempt cut off here is claimed still: the claim expires and the next poll sends it again.
        senders.shutdownNow();
    }

    private void poll() {
        Settings s = settings;
        try {
            long millis = System.currentTimeMillis();
            if (millis - purgedAt >= PURGE_EVERY_MS) {
                purgedAt = millis;
                int purged = store.purge(s.keepDelivered(), s.keepFailed());
                if (purged > 0) {
                    LOG.info(() -> purged + " old webhook deliveries purged");
                }
            }
            int free = SENDERS - inFlight.get();
            // The claim outlasts the attempt (connect and answer within the timeout) by a margin.
            List<DeliveryEntity> claimed = store.claim(endpoints.names(), free, s.timeout().multipliedBy(2).plusSeconds(30));
            for (DeliveryEntity d : claimed) {
                inFlight.incrementAndGet();
                senders.execute(() -> {
                    try {
                        attempt(d, s);
                    } finally {
                        inFlight.decrementAndGet();
                    }
                });
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "webhook delivery poll failed; will retry", e);
        }
    }

    private void attempt(DeliveryEntity d, Settings s) {
        Optional<Endpoint> endpoint = endpoints.named(d.endpoint);
        try {
            if (endpoint.isEmpty()) {
                store.release(d.id);
                return;
            }
            WebhookSender.Attempt a = s.sender().send(endpoint.get(), d.eventId, d.body, Instant.now().getEpochSecond());
            int attempts = d.attempts + 1;
            if (a.delivered()) {
                store.attempted(d.id, attempts, a.status(), null, true, null);
                return;
            }
            Optional<Duration> wait = s.retries().after(attempts);
            LocalDateTime next = wait.map(w -> UtcTimes.now().plus(w)).orElse(null);
            store.attempted(d.id, attempts, a.status(), a.error(), false, next);
            if (next == null) {
                LOG.warning(() -> "webhook " + d.eventId + " (" + d.type + ") to " + d.endpoint + " FAILED after "
                        + attempts + " attempts: " + a.error());
            } else {
                LOG.fine(() -> "webhook " + d.eventId + " to " + d.endpoint + " attempt " + attempts + " failed: "
                        + a.error() + "; next at " + next);
            }
        } catch (InterruptedException e) {
            // The platform stops: the claim expires and another node (or this one, restarted) sends it.
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "webhook " + d.eventId + " to " + d.endpoint + ": attempt not recorded", e);
        }
    }
}
