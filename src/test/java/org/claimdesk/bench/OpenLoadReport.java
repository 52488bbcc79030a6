package org.claimdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.claimdesk.load.Workload;

/** The open-model benchmark's figures as markdown (target/benchmarks/load-open.md), ready for the README. */
final class OpenLoadReport {

    record Run(List<OpenLoadBenchmark.Row> rows, Map<Workload, Double> knees, List<Workload> workloads,
            long verdictsAccepted, long verdictsStored, long decisionsAccepted, long decisionsStored,
            double insertsOneConnection, double insertsEightConnections, int stepSeconds, String loadBefore,
            String loadAfter) {
    }

    private OpenLoadReport() {
    }

    static String write(Run run) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, """
                Machine: %d cores (%s), %s, JDK %s; the app (the packaged jar, default JVM settings) and PostgreSQL
                (embedded, fsync and synchronous commit on) in their own processes, the load generator in this one,
                all on the same cores. /proc/loadavg before: %s; after: %s (other agents share the machine: figures
                are indicative). Steps of %d s, arrivals at a constant rate (Gatling injectOpen constantUsersPerSec);
                each workload's sweep stops at its first step outside p95 ≤ 300 ms, p99 ≤ 1 s, 0 errors, achieved ≥ 90%% of offered
                (a step outside them runs once more first; both runs are listed).

                | workload | offered req/s | achieved req/s | answers | p50 | p95 | p99 | max | errors | app CPU per answer | load (1 min) | within goals |
                |---|---|---|---|---|---|---|---|---|---|---|---|
                """, Runtime.getRuntime().availableProcessors(), cpu(), memory(), System.getProperty("java.version"),
                run.loadBefore(), run.loadAfter(), run.stepSeconds()));
        run.rows().forEach(r -> md.append(r.summary().row(r.extra())).append('\n'));
        md.append("\n| workload | knee (highest rate within the goals) |\n|---|---|\n");
        for (Workload w : run.workloads()) {
            Double knee = run.knees().get(w);
            double top = run.rows().stream().filter(r -> r.summary().workload().equals(w.label))
                    .mapToDouble(r -> r.summary().offered()).max().orElse(0);
            boolean allPassed = run.rows().stream().filter(r -> r.summary().workload().equals(w.label))
                    .allMatch(r -> r.summary().withinGoals());
            md.append("| ").append(w.label).append(" | ").append(knee == null ? "below the first step"
                    : String.format(Locale.ROOT, allPassed && knee >= top ? "≥ %.0f req/s (the sweep's top step)"
                            : "%.0f req/s", knee)).append(" |\n");
        }
        md.append(String.format(Locale.ROOT, """

                Verdicts accepted (201) %,d, stored in verdict_history %,d: lost %,d, stored without an answer the client
                saw (it gave up after 10 s) %,d; decisions accepted %,d, stored %,d.
                Raw PostgreSQL on the same database in the same run, single-row inserts each in its own transaction:
                %,.0f/s from one connection, %,.0f/s from eight.
                """, run.verdictsAccepted(), run.verdictsStored(), Math.max(0, run.verdictsAccepted() - run.verdictsStored()),
                Math.max(0, run.verdictsStored() - run.verdictsAccepted()), run.decisionsAccepted(), run.decisionsStored(),
                run.insertsOneConnection(), run.insertsEightConnections()));
        Double verdictKnee = run.knees().get(Workload.VERDICT);
        if (verdictKnee != null) {
            md.append(String.format(Locale.ROOT, "The verdict knee (%.0f/s) is 1/%.1f of the one-connection insert rate"
                    + " and 1/%.1f of the eight-connection rate.%n", verdictKnee,
                    run.insertsOneConnection() / verdictKnee, run.insertsEightConnections() / verdictKnee));
        }
        for (OpenLoadBenchmark.Row r : run.rows()) {
            if (!r.summary().errorSamples().isEmpty()) {
                md.append("\nErrors at ").append(r.summary().workload()).append(' ').append(r.summary().offered())
                        .append("/s (first five): ").append(r.summary().errorSamples()).append('\n');
            }
        }
        return md.toString();
    }

    private static String cpu() throws IOException {
        return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.replaceAll(".*:\\s*", "")).orElse("unknown CPU");
    }

    private static String memory() throws IOException {
        return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .findFirst().map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024 + " GB RAM").orElse("");
    }
}
