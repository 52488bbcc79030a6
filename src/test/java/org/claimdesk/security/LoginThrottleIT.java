package org.claimdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.claimdesk.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The throttle's rules on the real login_failure table, with a clock the test moves by hand. */
@IntegrationTest
class LoginThrottleIT {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

        void advance(Duration d) { now = now.plus(d); }
        @Override public ZoneId getZone() { return ZoneId.of("UTC"); }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired
    DataSource dataSource;

    ManualClock clock = new ManualClock();
    LoginThrottle throttle;
    String alice;
    String attacker;
    String colleague;

    @BeforeEach
    void freshNamesAndAddresses() {
        throttle = new LoginThrottle(JdbcClient.create(dataSource), clock);
        int run = RUN.incrementAndGet();
        alice = "alice-" + run;
        attacker = "203.0.113." + run;
        colleague = "198.51.100." + run;
    }

    private void fail(String username, String client, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(username, client);
        }
    }

    @Test
    void four_failures_do_not_lock_but_the_fifth_locks_that_username_from_that_address_only() {
        fail(alice, attacker, 4);
        assertThat(throttle.isLocked(alice, attacker)).isFalse();

        fail(alice, attacker, 1);

        assertThat(throttle.isLocked(alice, attacker)).isTrue();
        assertThat(throttle.isLocked(alice.toUpperCase() + " ", attacker)).as("the same username in other case").isTrue();
        assertThat(throttle.isLocked(alice, colleague)).as("the real user elsewhere still signs in").isFalse();
        assertThat(throttle.isLocked("bob-" + alice, attacker)).as("another username from that address").isFalse();
    }

    @Test
    void the_lock_lifts_once_the_failures_are_older_than_fifteen_minutes() {
        fail(alice, attacker, 5);
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.isLocked(alice, attacker)).isTrue();

        clock.advance(Duration.ofMinutes(1));

        assertThat(throttle.isLocked(alice, attacker)).isFalse();
    }

    @Test
    void a_successful_sign_in_forgives_that_addresses_failures_for_that_username() {
        fail(alice, attacker, 4);
        throttle.recordSuccess(alice, attacker);

        fail(alice, attacker, 1);

        assertThat(throttle.isLocked(alice, attacker)).isFalse();
    }

    @Test
    void one_address_spraying_many_usernames_is_refused_for_every_username() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_CLIENT; i++) {
            throttle.recordFailure(alice + "-victim-" + i, attacker);
        }

        assertThat(throttle.isLocked(alice + "-never-tried", attacker)).isTrue();
        assertThat(throttle.isLocked(alice + "-never-tried", colleague)).isFalse();
    }

    @Test
    void a_username_under_attack_from_many_addresses_refuses_each_address_that_failed_but_not_clean_ones() {
        for (int i = 0; i < LoginThrottle.ACCOUNT_UNDER_ATTACK; i++) {
            throttle.recordFailure(alice, "192.0.2." + RUN.get() + "." + i);
        }

        assertThat(throttle.isLocked(alice, "192.0.2." + RUN.get() + ".3")).isTrue();
        assertThat(throttle.isLocked(alice, colleague)).isFalse();
    }

    @Test
    void failures_older_than_the_window_are_deleted_when_a_new_one_is_recorded() {
        fail(alice, attacker, 3);
        clock.advance(Duration.ofMinutes(16));

        fail("other-" + alice, colleague, 1);

        assertThat(JdbcClient.create(dataSource).sql("select count(*) from login_failure where username = ?")
                .param(alice).query(Long.class).single()).isZero();
    }

    @Test
    void an_overlong_username_or_address_is_counted_under_its_first_64_characters() {
        String longName = alice + "x".repeat(200);
        fail(longName, attacker, 5);

        assertThat(throttle.isLocked(longName, attacker)).isTrue();
    }
}
