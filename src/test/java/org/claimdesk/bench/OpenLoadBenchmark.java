package org.claimdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.claimdesk.ApiClient;
import org.claimdesk.article.ArticleTexts;
import org.claimdesk.load.Fixture;
import org.claimdesk.load.LoadHarness;
import org.claimdesk.load.OpenModelSimulation;
import org.claimdesk.load.Tally;
import org.claimdesk.load.Workload;

/**
 * The open-model load benchmark, {@code mvn -Pbench -Dbench=load -DskipTests verify}: the packaged jar runs as a
 * process of its own on its embedded PostgreSQL (fsync and synchronous commit on, as the default run has it), this
 * JVM is the load generator (Gatling for the REST API, {@link LoadHarness} for the Vaadin UI). Per workload, steps
 * of rising arrival rates until the first step that misses p95 ≤ 300 ms, p99 ≤ 1 s, 0 errors twice in a row; the knee is the
 * last step that met them. Then verdicts are counted in PostgreSQL (accepted = stored), against the raw single-row insert
 * rate measured on the same database in the same run. Settings: -Dload.rates (default 25,50,100,...),
 * -Dload.stepSeconds (15), -Dload.reviewers (40), -Dload.editors (4), -Dload.screens (8), -Dload.workloads, and
 * -Dload.jfr=/path/to/file.jfr to record the app's measured steps (not its start or warm-up) with JFR's profile settings.
 */
final class OpenLoadBenchmark {

    private OpenLoadBenchmark() {
    }

    record Row(Tally.Summary summary, String extra) {
    }

    static void run(Path out) throws Exception {
        double[] rates = Arrays.stream(System.getProperty("load.rates", "25,50,100,150,200,300,400,600,800").split(","))
                .mapToDouble(Double::parseDouble).toArray();
        int seconds = Integer.getInteger("load.stepSeconds", 15);
        List<Workload> workloads = Arrays.stream(System.getProperty("load.workloads",
                "ARTICLE,CLAIM,VERDICT,DECISION,EXPORT,MIX").split(",")).map(Workload::valueOf).toList();
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
        Path data = Files.createTempDirectory("claimdesk-load-");
        StartupBenchmark.Running app = StartupBenchmark.start(data, List.of("-jar", StartupBenchmark.JAR.toString(),
                "--claimdesk.admin-username=load-admin", "--claimdesk.admin-password=load admin password",
                "--claimdesk.archive.enabled=false", "--claimdesk.import.allowed-hosts=127.0.0.1",
                "--logging.level.root=WARN"));
        try {
            int port = Integer.parseInt(app.base().replaceAll(".*:", ""));
            Fixture fixture = Fixture.create(port, admin(port), Integer.getInteger("load.reviewers", 40),
                    Integer.getInteger("load.editors", 4), ArticleTexts.seed());
            InsertCeiling db = new InsertCeiling(data);
            double single = db.insertsPerSecond(1, 10);
            double many = db.insertsPerSecond(8, 10);
            try (LoadHarness ui = new LoadHarness(port, fixture, Integer.getInteger("load.screens", 8))) {
                // warm-up (JIT, pools), not reported; its verdicts are in the database, so they count as accepted
                StepResult warmUp = step(fixture, Workload.MIX, 30, 20, ui, app);
                long verdicts = warmUp.verdicts();
                long decisions = warmUp.decisions();
                Flight flight = Flight.start(app.process().pid(), System.getProperty("load.jfr"));
                List<Row> rows = new ArrayList<>();
                Map<Workload, Double> knees = new EnumMap<>(Workload.class);
                for (Workload w : workloads) {
                    rates:
                    for (double rate : rates) {
                        // a step outside the goals runs once more before the sweep stops: on a shared machine one
                        // miss can be another agent's build; both runs are reported
                        for (int attempt = 0; attempt < 2; attempt++) {
                            StepResult r = step(fixture, w, rate, seconds, ui, app);
                            rows.addAll(r.rows());
                            verdicts += r.verdicts();
                            decisions += r.decisions();
                            if (r.rows().stream().allMatch(x -> x.summary().withinGoals())) {
                                knees.put(w, rate);
                                continue rates;
                            }
                        }
                        break;
                    }
                }
                flight.stop();
                String ids = fixture.allArticles().toString().replaceAll("[\\[\\] ]", "");
                long stored = db.count("select count(*) from verdict_history where article_id in (" + ids + ")");
                long storedDecisions = db.count("select count(*) from decision_history where article_id in (" + ids + ")");
                String report = OpenLoadReport.write(new OpenLoadReport.Run(rows, knees, workloads, verdicts, stored,
                        decisions, storedDecisions, single, many, seconds, loadBefore,
                        Files.readString(Path.of("/proc/loadavg")).strip()));
                Files.writeString(out, report);
                System.out.print(report);
            }
        } finally {
            StartupBenchmark.stop(app);
            org.springframework.util.FileSystemUtils.deleteRecursively(data);
        }
    }

    /** A JFR recording of the app from the first measured step to the last, when asked for. */
    record Flight(long pid, String file) {

        static Flight start(long pid, String file) throws Exception {
            Flight flight = new Flight(pid, file);
            flight.jcmd("JFR.start", "name=load", "settings=profile", "filename=" + file);
            return flight;
        }

        void stop() throws Exception {
            jcmd("JFR.stop", "name=load");
        }

        private void jcmd(String... args) throws Exception {
            if (file != null) {
                List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd")
                        .toString(), Long.toString(pid)));
                command.addAll(List.of(args));
                StartupBenchmark.exec(command);
            }
        }
    }

    record StepResult(List<Row> rows, long verdicts, long decisions) {
    }

    /** One step: Gatling at {@code rate}, and for the mix the UI at a tenth of it; the app's CPU per answer. */
    static StepResult step(Fixture fixture, Workload w, double rate, int seconds, LoadHarness ui,
            StartupBenchmark.Running app) throws Exception {
        Duration cpuBefore = app.process().info().totalCpuDuration().orElse(Duration.ZERO);
        Tally rest = new Tally();
        Tally screens = new Tally();
        double uiRate = Math.max(1, rate / 10);
        Thread schedule = w == Workload.MIX ? ui.start(uiRate, Duration.ofSeconds(seconds), screens) : null;
        Instant began = Instant.now();
        OpenModelSimulation.run(new OpenModelSimulation.Step(fixture, w, rate, seconds, rest));
        if (schedule != null) {
            schedule.join();
        }
        double cpuMillis = app.process().info().totalCpuDuration().orElse(Duration.ZERO).minus(cpuBefore).toNanos() / 1e6;
        Tally.Summary r = rest.summary(w.label, rate, seconds);
        long answers = r.requests() + (schedule == null ? 0 : screens.summary("", uiRate, seconds).requests());
        String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(r, String.format(Locale.ROOT, "%.1f ms | %s ", cpuMillis / Math.max(1, answers), load)));
        if (schedule != null) {
            rows.add(new Row(screens.summary("↳ UI navigation, same step", uiRate, seconds), "(above) | " + load + " "));
        }
        System.out.printf(Locale.ROOT, "%s at %.0f/s (%s): %s%n", w, rate, Duration.between(began, Instant.now()),
                rows.stream().map(x -> x.summary().row(x.extra())).toList());
        return new StepResult(rows, rest.verdictsAccepted(), rest.decisionsAccepted());
    }

    /** The admin's token; the app may still be finishing its start-up work when it first answers healthy. */
    static ApiClient admin(int port) throws InterruptedException {
        RuntimeException last = null;
        for (int i = 0; i < 60; i++) {
            try {
                return ApiClient.anonymous(port).withTokenOf("load-admin", "load admin password");
            } catch (RuntimeException notYet) {
                last = notYet;
                Thread.sleep(500);
            }
        }
        throw last;
    }
}
