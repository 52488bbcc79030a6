package org.claimdesk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What one failover run measured, as a markdown table for the README: the client's writes (how many, at what rate,
 * how many needed a retry or a read-back, their slowest), how long HAProxy took to mark the killed instance down,
 * how many requests it moved to the other instance itself, and when the UI user was back at the sign-in page.
 */
record FailoverFigures(List<SteadyVerdictWriter.Write> writes, Instant since, Instant killed, Instant stopped,
        Instant detected, Instant askedToSignIn, String haproxyLog, long rowsStored, long rationalesStored) {

    long during(Instant from, Instant to) {
        return writes.stream().filter(w -> !w.began().isBefore(from) && w.began().isBefore(to)).count();
    }

    long notPlain() {
        return writes.stream().filter(w -> !w.plain()).count();
    }

    long readBack() {
        return writes.stream().filter(w -> w.answers().stream().anyMatch(a -> a.startsWith("read"))).count();
    }

    long percentileMillis(double p) {
        List<Long> sorted = writes.stream().map(SteadyVerdictWriter.Write::millis).sorted().toList();
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }

    /** HAProxy logs "+N" in the retries field when it re-sent a refused request to another server. */
    long redispatched() {
        return haproxyLog.lines()
                .filter(l -> l.contains(" claimdesk_api/") && l.matches(".* \\d+/\\d+/\\d+/\\d+/\\+\\d+ .*")).count();
    }

    static long millis(Instant from, Instant to) {
        return Duration.between(from, to).toMillis();
    }

    String table() {
        double seconds = millis(since, stopped) / 1000.0;
        return String.join("\n",
                "| figure | value |",
                "|---|---|",
                "| verdicts written through HAProxy (5 lanes, 10/s each) | " + writes.size() + " in "
                        + String.format("%.1f", seconds) + " s (" + String.format("%.0f", writes.size() / seconds)
                        + "/s) |",
                "| of them sent after the kill | " + during(killed, stopped) + " |",
                "| sent between the kill and HAProxy marking the instance down | " + during(killed, detected) + " |",
                "| kill to instance marked down (checks every 2 s, 2 failures) | " + millis(killed, detected) + " ms |",
                "| requests HAProxy re-sent to the survivor itself (refused connection) | " + redispatched() + " |",
                "| writes the client had to retry or read back | " + notPlain() + " (read back: " + readBack() + ") |",
                "| write latency p50 / p99 / max, retries included | " + percentileMillis(0.5) + " / "
                        + percentileMillis(0.99) + " / " + percentileMillis(1.0) + " ms |",
                "| writes failed after retries | " + writes.stream().filter(w -> w.failure() != null).count() + " |",
                "| verdicts meant / rows in verdict_history / distinct verdicts there | " + writes.size() + " / "
                        + rowsStored + " / " + rationalesStored + " |",
                "| kill to the UI user's page showing the sign-in form | " + millis(killed, askedToSignIn) + " ms |");
    }

    void write(Path file) throws IOException {
        String text = table() + "\n\nWrites that were not a plain 2xx at once (answers in order):\n"
                + String.join("\n", writes.stream().filter(w -> !w.plain())
                        .map(w -> "- " + w.rationale() + " " + w.answers() + " " + w.millis() + " ms").toList()) + "\n";
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        System.out.println("HAProxy failover (" + file + "):\n" + text);
    }
}
