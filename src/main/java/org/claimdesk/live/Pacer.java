package org.claimdesk.live;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * At most one run per gap: a request after a quiet gap starts a run at once; requests that come sooner wait, all
 * together, for the gap since the last run's start to pass. So a view that hears forty changes a second refreshes
 * once a second, and a lone change still shows at once. The run calls {@link #running()} as it begins, and takes
 * every request made before that; and {@link #paced()} when it is a run that counts against the gap.
 */
final class Pacer {

    private final long gapNanos;
    private final ScheduledExecutorService timer;
    private final LongSupplier clock;
    private final Runnable start;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile long lastRun;

    /** {@code start} hands the run over (it must not run it on the caller's thread when that matters). */
    Pacer(Duration gap, ScheduledExecutorService timer, LongSupplier clock, Runnable start) {
        this.gapNanos = gap.toNanos();
        this.timer = timer;
        this.clock = clock;
        this.start = start;
        this.lastRun = clock.getAsLong() - gapNanos;
    }

    void request() {
        if (scheduled.compareAndSet(false, true)) {
            long wait = lastRun + gapNanos - clock.getAsLong();
            if (wait <= 0) {
                start.run();
            } else {
                timer.schedule(start, wait, TimeUnit.NANOSECONDS);
            }
        }
    }

    /** The run begins: requests from now on are the next run's. */
    void running() {
        scheduled.set(false);
    }

    /** The run is one that counts (a cheap one need not): the next waits until the gap since now has passed. */
    void paced() {
        lastRun = clock.getAsLong();
    }
}
