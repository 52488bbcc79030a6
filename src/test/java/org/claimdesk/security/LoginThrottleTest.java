package org.claimdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-11-27T09:00:00Z");

        void advance(Duration d) { now = now.plus(d); }
        @Override public ZoneId getZone() { return ZoneId.of("UTC"); }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    ManualClock clock = new ManualClock();
    LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void four_failures_do_not_lock_but_the_fifth_does() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("alice");
        }
        assertThat(throttle.isLocked("alice")).isFalse();

        throttle.recordFailure("alice");

        assertThat(throttle.isLocked("alice")).isTrue();
        assertThat(throttle.isLocked("ALICE ")).as("the same username in other case").isTrue();
        assertThat(throttle.isLocked("bob")).isFalse();
    }

    @Test
    void the_lock_lifts_after_fifteen_minutes() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("alice");
        }
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.isLocked("alice")).isTrue();

        clock.advance(Duration.ofMinutes(1));

        assertThat(throttle.isLocked("alice")).isFalse();
    }

    @Test
    void failures_older_than_the_window_do_not_count() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("alice");
        }
        clock.advance(Duration.ofMinutes(16));

        throttle.recordFailure("alice");

        assertThat(throttle.isLocked("alice")).isFalse();
    }

    @Test
    void a_successful_login_forgives_earlier_failures() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("alice");
        }
        throttle.recordSuccess("alice");

        throttle.recordFailure("alice");

        assertThat(throttle.isLocked("alice")).isFalse();
    }
}
