package org.claimdesk.webhook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.claimdesk.article.OutboundPost;
import org.claimdesk.base.BackgroundPoller;
import org.claimdesk.base.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Delivers due outbox rows on one background thread: when an event commits ({@link #nudge()}) and every
 * {@code poll-millis} for retries and for rows another instance or an earlier run left leased. Each row is taken
 * with its own short transaction ({@link DeliveryStore#takeDue}), posted with no transaction open, and its
 * outcome logged. A failure (no 2xx, a timeout, a refused address) is retried after base, 4·base, 16·base ...
 * until {@code max-attempts}; then the delivery is FAILED. Delivery is at least once: a POST the receiver got
 * but whose answer never reached us (a crash, a kill) is sent again with the same event id.
 */
@Component
class WebhookWorker implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookWorker.class);

    private final DeliveryStore store;
    private final OutboundPost outbound;
    private final WebhookSettings settings;
    private final Clock clock;
    private final BackgroundPoller poller = new BackgroundPoller("webhook-delivery", this::drain);

    WebhookWorker(DeliveryStore store, OutboundPost outbound, WebhookSettings settings, Clock clock) {
        this.store = store;
        this.outbound = outbound;
        this.settings = settings;
        this.clock = clock;
    }

    void nudge() {
        poller.nudge();
    }

    /** Works through every due delivery; each one's failure is its own and never stops the others. */
    void drain() {
        try {
            Optional<DeliveryStore.Job> job;
            while ((job = store.takeDue(clock.instant(), clock.instant().plusMillis(settings.leaseMillis())))
                    .isPresent()) {
                deliver(job.get());
            }
        } catch (RuntimeException e) {
            LOG.warn("Webhook delivery paused until the next poll: {}", e.toString());
        }
    }

    private void deliver(DeliveryStore.Job job) {
        byte[] body = job.payload().getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = Map.of("X-ClaimDesk-Event", job.event(),
                "X-ClaimDesk-Delivery", String.valueOf(job.id()),
                "X-ClaimDesk-Attempt", String.valueOf(job.attempt()),
                "X-ClaimDesk-Signature", WebhookSignature.of(job.secret(), body));
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        Integer status = null;
        String error = null;
        try {
            OutboundPost.Answer answer = outbound.postJson(job.url(), body, headers, settings.timeoutMillis());
            status = answer.status();
            error = answer.ok() ? null : "The endpoint answered HTTP " + status + ".";
        } catch (InvalidInputException e) {
            error = e.getMessage();
        } catch (IOException | RuntimeException e) {
            error = "The endpoint could not be reached (" + e.getClass().getSimpleName() + ").";
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        boolean ok = error == null;
        Instant retry = ok || job.attempt() >= settings.maxAttempts() ? null
                : clock.instant().plusMillis(settings.retryDelayMillis(job.attempt()));
        store.attempted(job, started, millis, status, error, ok, retry);
    }

    @Override
    public void start() {
        if (settings.enabled()) {
            poller.start(settings.pollMillis());
        }
    }

    @Override
    public void stop() {
        poller.stop();
    }

    @Override
    public boolean isRunning() {
        return poller.running();
    }
}
