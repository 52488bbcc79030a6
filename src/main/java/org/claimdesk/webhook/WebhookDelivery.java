package org.claimdesk.webhook;

import java.time.Instant;
import java.util.List;

/**
 * One event's delivery to one endpoint, with every attempt: PENDING (waiting for its next attempt), DELIVERED
 * (the receiver answered 2xx) or FAILED (every attempt failed; nothing more is tried).
 */
public record WebhookDelivery(long id, String eventId, String event, String status, int attempts, Instant createdAt,
        Instant nextAttemptAt, Instant deliveredAt, List<Attempt> log) {

    /** One POST: when, the receiver's status (null when none came) and the error, if any. */
    public record Attempt(int attempt, Instant at, Integer httpStatus, String error, long durationMillis) {
    }
}
