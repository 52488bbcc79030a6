package org.claimdesk.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Refuses a username for 15 minutes after 5 failed logins within 15 minutes, whether or not the account
 * exists (so the refusal reveals nothing). Shared by the login form and HTTP Basic. Kept in memory: a
 * restart forgives, which is acceptable for one instance; the map is pruned so random names cannot fill it.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 100_000;

    private final Clock clock;
    private final Map<String, State> states = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean isLocked(String username) {
        State state = states.get(key(username));
        return state != null && state.lockedUntil(clock.instant());
    }

    void recordFailure(String username) {
        Instant now = clock.instant();
        if (states.size() >= MAX_TRACKED) {
            states.values().removeIf(s -> s.idleSince(now));
        }
        states.computeIfAbsent(key(username), k -> new State()).fail(now);
    }

    void recordSuccess(String username) {
        states.remove(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static final class State {
        private final Deque<Instant> failures = new ArrayDeque<>();
        private Instant lockedUntil = Instant.MIN;

        synchronized void fail(Instant now) {
            while (!failures.isEmpty() && failures.peekFirst().isBefore(now.minus(WINDOW))) {
                failures.removeFirst();
            }
            failures.addLast(now);
            if (failures.size() >= MAX_FAILURES) {
                lockedUntil = now.plus(LOCK);
                failures.clear();
            }
        }

        synchronized boolean lockedUntil(Instant now) {
            return now.isBefore(lockedUntil);
        }

        synchronized boolean idleSince(Instant now) {
            Instant last = failures.isEmpty() ? Instant.MIN : failures.peekLast();
            return !lockedUntil(now) && last.isBefore(now.minus(WINDOW));
        }
    }
}
