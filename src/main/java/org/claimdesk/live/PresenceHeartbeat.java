package org.claimdesk.live;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Every few seconds: this instance's open views are still open, and stale presence rows go. */
@Component
class PresenceHeartbeat implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(PresenceHeartbeat.class);
    static final long PERIOD_SECONDS = 10;

    private final PresenceService presence;
    private final Set<UUID> open = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService executor;

    PresenceHeartbeat(PresenceService presence) {
        this.presence = presence;
    }

    void opened(UUID viewer) {
        open.add(viewer);
    }

    void closed(UUID viewer) {
        open.remove(viewer);
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon()
                .name("claimdesk-presence").factory());
        executor.scheduleWithFixedDelay(this::beat, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    private void beat() {
        try {
            presence.heartbeat(Set.copyOf(open));
        } catch (RuntimeException e) {
            LOG.debug("Presence heartbeat failed; next one in {} s", PERIOD_SECONDS, e);
        }
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
