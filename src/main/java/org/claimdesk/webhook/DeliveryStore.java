package org.claimdesk.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox, {@code webhook_delivery}: one row per event and endpoint, written in the event's transaction and
 * its own job; and {@code webhook_attempt}, the append-only log of every POST.
 */
@Component
class DeliveryStore {

    /** A due delivery taken by a worker, with what it needs to send it. */
    record Job(long id, String url, String secret, UUID eventId, String event, String payload, int attempt) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    DeliveryStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void enqueue(long endpointId, UUID eventId, WebhookEvent event, String payload, Instant now) {
        jdbc.update("insert into webhook_delivery (webhook_endpoint_id, event_id, event_type, payload, status,"
                + " created_at, next_attempt_at) values (:endpoint, :event, :type, :payload, 'PENDING', :now, :now)",
                new MapSqlParameterSource("endpoint", endpointId).addValue("event", eventId)
                        .addValue("type", event.wireName()).addValue("payload", payload)
                        .addValue("now", Timestamp.from(now)));
    }

    /**
     * Takes the next due delivery of an active endpoint and leases it (its next attempt moves past the lease),
     * in a transaction of its own: {@code for update skip locked} keeps two workers off the same row, and a
     * worker that dies mid-POST leaves a row that is due again once the lease ends.
     */
    @Transactional
    public Optional<Job> takeDue(Instant now, Instant leaseUntil) {
        Optional<Job> job = jdbc.query("""
                select d.webhook_delivery_id, e.url, e.secret, d.event_id, d.event_type, d.payload, d.attempts
                from webhook_delivery d join webhook_endpoint e on e.webhook_endpoint_id = d.webhook_endpoint_id
                where d.status = 'PENDING' and d.next_attempt_at <= :now and e.deleted_at is null
                order by d.next_attempt_at, d.webhook_delivery_id limit 1 for update of d skip locked""",
                new MapSqlParameterSource("now", Timestamp.from(now)), (rs, i) -> new Job(rs.getLong(1),
                        rs.getString(2), rs.getString(3), rs.getObject(4, UUID.class), rs.getString(5),
                        rs.getString(6), rs.getInt(7) + 1)).stream().findFirst();
        job.ifPresent(j -> jdbc.update("update webhook_delivery set next_attempt_at = :lease, attempts = :attempt"
                + " where webhook_delivery_id = :id", new MapSqlParameterSource("id", j.id())
                .addValue("attempt", j.attempt()).addValue("lease", Timestamp.from(leaseUntil))));
        return job;
    }

    /** Logs the attempt and moves the delivery on: DELIVERED, PENDING until {@code retryAt}, or FAILED (null). */
    @Transactional
    public void attempted(Job job, Instant at, long millis, Integer httpStatus, String error, boolean ok,
            Instant retryAt) {
        jdbc.update("insert into webhook_attempt (webhook_delivery_id, attempt, attempted_at, http_status, error,"
                + " duration_millis) values (:id, :attempt, :at, :status, :error, :millis)",
                new MapSqlParameterSource("id", job.id()).addValue("attempt", job.attempt())
                        .addValue("at", Timestamp.from(at)).addValue("status", httpStatus)
                        .addValue("error", error == null || error.length() <= 500 ? error : error.substring(0, 500))
                        .addValue("millis", millis));
        jdbc.update("update webhook_delivery set status = :status, next_attempt_at = :next, delivered_at = :delivered"
                + " where webhook_delivery_id = :id", new MapSqlParameterSource("id", job.id())
                .addValue("status", ok ? "DELIVERED" : retryAt == null ? "FAILED" : "PENDING")
                .addValue("next", ok || retryAt == null ? null : Timestamp.from(retryAt))
                .addValue("delivered", ok ? Timestamp.from(at) : null));
    }

    /** An endpoint's latest deliveries, newest first, each with its attempts. */
    List<WebhookDelivery> latest(long endpointId, int limit) {
        List<WebhookDelivery> deliveries = jdbc.query("""
                select webhook_delivery_id, event_id, event_type, status, attempts, created_at, next_attempt_at,
                    delivered_at from webhook_delivery where webhook_endpoint_id = :endpoint
                order by webhook_delivery_id desc limit :limit""", new MapSqlParameterSource("endpoint", endpointId)
                .addValue("limit", limit), (rs, i) -> delivery(rs, List.of()));
        if (deliveries.isEmpty()) {
            return deliveries;
        }
        Map<Long, List<WebhookDelivery.Attempt>> attempts = jdbc.query("""
                select webhook_delivery_id, attempt, attempted_at, http_status, error, duration_millis
                from webhook_attempt where webhook_delivery_id in (:ids) order by webhook_attempt_id""",
                new MapSqlParameterSource("ids", deliveries.stream().map(WebhookDelivery::id).toList()),
                (rs, i) -> Map.entry(rs.getLong(1), new WebhookDelivery.Attempt(rs.getInt(2),
                        rs.getTimestamp(3).toInstant(), (Integer) rs.getObject(4), rs.getString(5), rs.getLong(6))))
                .stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return deliveries.stream().map(d -> new WebhookDelivery(d.id(), d.eventId(), d.event(), d.status(),
                d.attempts(), d.createdAt(), d.nextAttemptAt(), d.deliveredAt(), attempts.getOrDefault(d.id(),
                        List.of()))).toList();
    }

    private static WebhookDelivery delivery(ResultSet rs, List<WebhookDelivery.Attempt> log) throws SQLException {
        return new WebhookDelivery(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                rs.getTimestamp(6).toInstant(), instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)), log);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
