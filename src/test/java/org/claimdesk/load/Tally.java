package org.claimdesk.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one step of load did: every answer's latency (from its scheduled send time), the errors with a few samples,
 * and the verdicts the API accepted (201). Thread-safe: Gatling's threads and the UI client record into it at once.
 */
public final class Tally {

    /** One step as reported: offered and achieved rate, percentiles in milliseconds. */
    public record Summary(String workload, double offered, long requests, long errors, double achieved, double p50,
            double p95, double p99, double max, List<String> errorSamples) {

        /** The knee's test: p95 at most 300 ms, p99 at most 1 s, no error, and the rate really served. */
        public boolean withinGoals() {
            return errors == 0 && requests > 0 && p95 <= 300 && p99 <= 1000 && achieved >= 0.9 * offered;
        }

        public String row(String extra) {
            return String.format(Locale.ROOT, "| %s | %s | %.1f | %,d | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %d | %s| %s |",
                    workload, offered == Math.rint(offered) ? String.format(Locale.ROOT, "%.0f", offered)
                            : String.format(Locale.ROOT, "%.1f", offered), achieved, requests, p50, p95, p99, max, errors, extra, withinGoals() ? "yes" : "**no**");
        }
    }

    private final ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
    private final AtomicLong answers = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong verdicts = new AtomicLong();
    private final AtomicLong decisions = new AtomicLong();
    private final AtomicLong firstAnswer = new AtomicLong();
    private volatile long lastAnswer;

    public void ok(long latencyMicros) {
        micros.add(latencyMicros);
        answered();
    }

    private void answered() {
        answers.incrementAndGet();
        lastAnswer = System.nanoTime();
        firstAnswer.compareAndSet(0, lastAnswer);
    }

    public void error(long latencyMicros, String what) {
        if (latencyMicros >= 0) {
            micros.add(latencyMicros);
        }
        errors.incrementAndGet();
        if (samples.size() < 5) {
            samples.add(what);
        }
        answered();
    }

    public void verdictAccepted() {
        verdicts.incrementAndGet();
    }

    public void decisionAccepted() {
        decisions.incrementAndGet();
    }

    public long verdictsAccepted() {
        return verdicts.get();
    }

    public long decisionsAccepted() {
        return decisions.get();
    }

    public long errors() {
        return errors.get();
    }

    public List<String> errorSamples() {
        return List.copyOf(samples);
    }

    /**
     * {@code seconds} is how long arrivals were offered; the achieved rate counts answers over the time until the
     * first answer to the last (a server that falls behind answers the step's arrivals late, so its rate falls below the offer).
     */
    public Summary summary(String workload, double offered, double seconds) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        double elapsed = Math.max(seconds, (lastAnswer - firstAnswer.get()) / 1e9);
        return new Summary(workload, offered, answers.get(), errors.get(),
                (answers.get() - errors.get()) / elapsed, percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 99), sorted.isEmpty() ? 0 : sorted.getLast() / 1000.0,
                errorSamples());
    }

    private static double percentile(List<Long> sortedMicros, int p) {
        if (sortedMicros.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sortedMicros.size()) - 1;
        return sortedMicros.get(Math.max(0, index)) / 1000.0;
    }
}
