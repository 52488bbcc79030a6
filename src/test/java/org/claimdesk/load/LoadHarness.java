package org.claimdesk.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * People in the Vaadin UI at a fixed schedule (the open model): navigations arrive every {@code 1/rate} seconds
 * whatever the server does, each taken by whichever signed-in UI is free (a Vaadin UI answers one request at a
 * time), and each navigation's latency runs from its scheduled time, not from when a UI got round to sending it:
 * time spent waiting for a busy server counts (no coordinated omission).
 */
public final class LoadHarness implements AutoCloseable {

    private final BlockingQueue<UiSession> free;
    private final List<UiSession> screens = new ArrayList<>();
    private final List<Long> articles;

    /** Signs every reviewer in through the login form and opens a UI for each (the pool of screens). */
    public LoadHarness(int port, Fixture fixture, int screens) throws Exception {
        this.articles = fixture.reviewArticles();
        this.free = new ArrayBlockingQueue<>(screens);
        for (int i = 0; i < screens; i++) {
            UiSession screen = new UiSession(port, fixture.reviewers().get(i % fixture.reviewers().size()),
                    fixture.password());
            this.screens.add(screen);
            free.add(screen);
        }
    }

    /** Runs navigations at {@code perSecond} for {@code duration}, then waits for the last answers; adds to {@code tally}. */
    public Thread start(double perSecond, Duration duration, Tally tally) {
        return Thread.ofPlatform().name("ui-schedule").start(() -> schedule(perSecond, duration, tally));
    }

    private void schedule(double perSecond, Duration duration, Tally tally) {
        long interval = (long) (1e9 / perSecond);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Thread> sent = new ArrayList<>();
        for (long at = start; at < end; at += interval) {
            long wait = at - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            long scheduled = at;
            sent.add(Thread.ofVirtual().start(() -> navigate(scheduled, tally)));
        }
        for (Thread t : sent) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void navigate(long scheduled, Tally tally) {
        UiSession screen;
        try {
            screen = free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            screen.navigate("articles/" + articles.get(ThreadLocalRandom.current().nextInt(articles.size())));
            tally.ok((System.nanoTime() - scheduled) / 1000);
        } catch (Exception e) {
            tally.error((System.nanoTime() - scheduled) / 1000, "UI: " + e.getMessage());
        } finally {
            free.add(screen);
        }
    }

    @Override
    public void close() {
        screens.forEach(UiSession::close);
    }
}
