package org.claimdesk.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The table {@code webhook_endpoint}: endpoints are soft-deleted, so their delivery log stays readable. */
@Component
class EndpointStore {

    /** An endpoint with its secret and events, for the outbox and the worker only. */
    record Subscriber(long id, String url, String secret, List<String> events) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    EndpointStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String url, String secret, List<String> events, String by, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("insert into webhook_endpoint (url, secret, events, created_by, created_at)"
                + " values (:url, :secret, :events, :by, :at)", new MapSqlParameterSource("url", url)
                .addValue("secret", secret).addValue("events", String.join(",", events)).addValue("by", by)
                .addValue("at", Timestamp.from(at)), key, new String[] {"webhook_endpoint_id"});
        return key.getKey().longValue();
    }

    List<WebhookEndpoint> active() {
        return jdbc.query("select webhook_endpoint_id, url, events, created_by, created_at from webhook_endpoint"
                + " where deleted_at is null order by webhook_endpoint_id", EndpointStore::endpoint);
    }

    Optional<WebhookEndpoint> find(long id) {
        return jdbc.query("select webhook_endpoint_id, url, events, created_by, created_at from webhook_endpoint"
                + " where webhook_endpoint_id = :id", new MapSqlParameterSource("id", id), EndpointStore::endpoint)
                .stream().findFirst();
    }

    /** True when an active endpoint was deleted now. */
    boolean delete(long id, String by, Instant at) {
        return jdbc.update("update webhook_endpoint set deleted_at = :at, deleted_by = :by"
                + " where webhook_endpoint_id = :id and deleted_at is null", new MapSqlParameterSource("id", id)
                .addValue("by", by).addValue("at", Timestamp.from(at))) == 1;
    }

    /** Active endpoints subscribed to the event. */
    List<Subscriber> subscribedTo(WebhookEvent event) {
        return jdbc.query("select webhook_endpoint_id, url, secret, events from webhook_endpoint where deleted_at is null"
                + " order by webhook_endpoint_id", (rs, i) -> new Subscriber(rs.getLong(1), rs.getString(2),
                        rs.getString(3), events(rs))).stream().filter(s -> s.events().contains(event.wireName())).toList();
    }

    private static WebhookEndpoint endpoint(ResultSet rs, int row) throws SQLException {
        return new WebhookEndpoint(rs.getLong("webhook_endpoint_id"), rs.getString("url"), events(rs),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }

    private static List<String> events(ResultSet rs) throws SQLException {
        return Arrays.asList(rs.getString("events").split(","));
    }
}
