package org.claimdesk.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PacerTest {

    static final Duration GAP = Duration.ofMillis(300);

    final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    final AtomicInteger pending = new AtomicInteger();
    /** Per run: how many requests it took, and when it began (ms after the first request). */
    final List<int[]> runs = new CopyOnWriteArrayList<>();
    final long began = System.nanoTime();
    Pacer pacer;

    Pacer pacer() {
        return pacer(true);
    }

    /** A pacer whose runs count against the gap, or not. */
    Pacer pacer(boolean counting) {
        pacer = new Pacer(GAP, timer, System::nanoTime, () -> {
            pacer.running();
            if (counting) {
                pacer.paced();
            }
            runs.add(new int[] {pending.getAndSet(0), (int) ((System.nanoTime() - began) / 1_000_000)});
        });
        return pacer;
    }

    void request() {
        pending.incrementAndGet();
        pacer.request();
    }

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    @Test
    void a_lone_request_runs_at_once() {
        pacer();
        request();

        assertThat(runs).hasSize(1);
        assertThat(runs.getFirst()[0]).isEqualTo(1);
    }

    @Test
    void a_burst_costs_one_run_at_once_and_one_more_with_all_the_rest_once_the_gap_has_passed() throws Exception {
        pacer();
        for (int i = 0; i < 50; i++) {
            request();
        }
        assertThat(runs).hasSize(1);

        Thread.sleep(GAP.toMillis() * 3);

        assertThat(runs).hasSize(2);
        assertThat(runs.get(0)[0]).isEqualTo(1);
        assertThat(runs.get(1)[0]).isEqualTo(49);
        assertThat(runs.get(1)[1] - runs.get(0)[1]).isGreaterThanOrEqualTo((int) GAP.toMillis() - 5);
    }

    @Test
    void after_a_quiet_gap_the_next_request_runs_at_once_again() throws Exception {
        pacer();
        request();
        Thread.sleep(GAP.toMillis() + 50);

        request();

        assertThat(runs).hasSize(2);
        assertThat(runs.get(1)[0]).isEqualTo(1);
    }

    @Test
    void a_run_that_does_not_count_holds_back_no_later_request() {
        pacer(false);
        request();
        request();

        assertThat(runs).hasSize(2);
    }
}
