package org.claimdesk.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Failed sign-ins counted in PostgreSQL (table {@code login_failure}), so every instance sees the same
 * numbers and a restart forgives nothing. Within any {@link #WINDOW}:
 * <ul>
 * <li>5 failures for one username from one client address refuse that username <em>from that address</em>;
 * a client without failures still signs in, so an attacker elsewhere cannot lock a user out;</li>
 * <li>50 failures from one address, over any usernames, refuse that address for every username
 * (password spraying);</li>
 * <li>once a username has 20 failures from all addresses together it is under attack: each address
 * that failed on it even once is refused for it, while clean addresses still sign in.</li>
 * </ul>
 * Unknown usernames are counted exactly like real ones, so the refusal reveals nothing.
 */
@Service
class LoginThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int MAX_FAILURES_PER_ACCOUNT_AND_CLIENT = 5;
    static final int MAX_FAILURES_PER_CLIENT = 50;
    static final int ACCOUNT_UNDER_ATTACK = 20;
    static final String UNKNOWN_CLIENT = "unknown";
    private static final int KEY_LENGTH = 64;

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Counts(long accountFromClient, long fromClient, long account) {
    }

    boolean isLocked(String username, String client) {
        Counts counts = counts(username, client);
        return counts.accountFromClient() >= MAX_FAILURES_PER_ACCOUNT_AND_CLIENT
                || counts.fromClient() >= MAX_FAILURES_PER_CLIENT
                || counts.account() >= ACCOUNT_UNDER_ATTACK && counts.accountFromClient() > 0;
    }

    Counts counts(String username, String client) {
        return jdbc.sql("""
                select count(*) filter (where username = :username and client_address = :client),
                       count(*) filter (where client_address = :client),
                       count(*) filter (where username = :username)
                from login_failure
                where failed_at > :since and (username = :username or client_address = :client)""")
                .param("username", key(username)).param("client", key(client))
                .param("since", utc(clock.instant().minus(WINDOW)))
                .query((rs, row) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
    }

    void recordFailure(String username, String client) {
        Instant now = clock.instant();
        jdbc.sql("delete from login_failure where failed_at < :cutoff")
                .param("cutoff", utc(now.minus(WINDOW))).update();
        jdbc.sql("insert into login_failure (username, client_address, failed_at) values (:username, :client, :at)")
                .param("username", key(username)).param("client", key(client)).param("at", utc(now)).update();
    }

    /** A correct password forgives that client's failures for that username, and nothing else. */
    void recordSuccess(String username, String client) {
        jdbc.sql("delete from login_failure where username = :username and client_address = :client")
                .param("username", key(username)).param("client", key(client)).update();
    }

    static String key(String value) {
        String key = value == null || value.isBlank() ? "" : value.strip().toLowerCase(Locale.ROOT);
        return key.length() > KEY_LENGTH ? key.substring(0, KEY_LENGTH) : key;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
