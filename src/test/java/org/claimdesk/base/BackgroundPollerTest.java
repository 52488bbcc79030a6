package org.claimdesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class BackgroundPollerTest {

    @Test
    void a_started_poller_runs_its_task_on_schedule_and_at_once_when_nudged() throws InterruptedException {
        Semaphore runs = new Semaphore(0);
        BackgroundPoller poller = new BackgroundPoller("test-poller", runs::release);
        poller.start(60_000);
        try {
            assertThat(poller.running()).isTrue();
            poller.nudge();
            assertThat(runs.tryAcquire(5, TimeUnit.SECONDS)).isTrue();
        } finally {
            poller.stop();
        }
        assertThat(poller.running()).isFalse();
    }

    @Test
    void a_poller_not_started_ignores_a_nudge_and_once_stopped_runs_no_more() throws InterruptedException {
        Semaphore runs = new Semaphore(0);
        BackgroundPoller poller = new BackgroundPoller("test-poller", runs::release);
        poller.nudge();
        assertThat(runs.tryAcquire(200, TimeUnit.MILLISECONDS)).isFalse();

        poller.start(50);
        try {
            assertThat(runs.tryAcquire(2, 5, TimeUnit.SECONDS)).isTrue();
        } finally {
            poller.stop();
        }
        Thread.sleep(150); // a run already under way may still finish
        runs.drainPermits();
        Thread.sleep(200);
        assertThat(runs.availablePermits()).isZero();
    }
}
