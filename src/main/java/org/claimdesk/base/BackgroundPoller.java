package org.claimdesk.base;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One daemon thread that runs a task at a fixed delay and whenever it is nudged: the lifecycle the background
 * workers (source archiving, webhook delivery) share. The task must catch its own failures, or the schedule ends.
 */
public final class BackgroundPoller {

    private final String threadName;
    private final Runnable task;
    private volatile ScheduledExecutorService executor;

    public BackgroundPoller(String threadName, Runnable task) {
        this.threadName = threadName;
        this.task = task;
    }

    public synchronized void start(long delayMillis) {
        if (executor == null) {
            ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, threadName);
                t.setDaemon(true);
                return t;
            });
            started.scheduleWithFixedDelay(task, delayMillis, delayMillis, TimeUnit.MILLISECONDS);
            executor = started;
        }
    }

    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    public boolean running() {
        return executor != null;
    }

    /** Runs the task soon, besides its schedule (work just became due); nothing while stopped. */
    public void nudge() {
        ScheduledExecutorService running = executor;
        if (running != null) {
            running.execute(task);
        }
    }
}
