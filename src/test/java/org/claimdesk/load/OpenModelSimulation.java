package org.claimdesk.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import io.gatling.javaapi.core.Simulation;

/**
 * One step of the open-model benchmark as a Gatling simulation: arrivals at a constant rate
 * ({@code injectOpen(constantUsersPerSec(rate).during(seconds))}), whatever the server's speed, so a slow answer
 * never delays the next arrival (no coordinated omission). Gatling builds the class itself, so {@link #run} hands it
 * the step through a static field; Gatling runs in this JVM ({@code io.gatling.app.Gatling}), never against
 * anything but the loopback address, with its warm-up request and usage analytics off.
 */
public class OpenModelSimulation extends Simulation {

    public record Step(Fixture fixture, Workload workload, double rate, int seconds, Tally tally) {
    }

    private static volatile Step step;

    public OpenModelSimulation() {
        Step s = step;
        setUp(scenario(s.workload().name()).exec(s.workload().chain(s.fixture(), s.tally()))
                .injectOpen(constantUsersPerSec(s.rate()).during(s.seconds())))
                .protocols(http.baseUrl(s.fixture().base()).shareConnections().disableWarmUp()
                        .acceptHeader("application/json"));
    }

    /** Runs the step to its end (every arrival answered or timed out) and returns its tally. */
    public static synchronized Tally run(Step s) {
        // console only: the simulation.log writer needs java.lang opened to it, and the figures come from the tally
        Map.of("gatling.data.enableAnalytics", "false", "gatling.http.warmUpUrl", "", "gatling.data.writers.0", "console",
                "gatling.http.requestTimeout", "10000", "gatling.data.console.light", "true")
                .forEach(System::setProperty);
        releaseCheckJustDone();
        step = s;
        int status = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {
            "--simulation", OpenModelSimulation.class.getName(), "--no-reports",
            "--results-folder", java.nio.file.Path.of("target", "gatling").toAbsolutePath().toString()});
        if (status != 0) {
            throw new IllegalStateException("Gatling ended with status " + status);
        }
        return s.tally();
    }

    /**
     * Gatling asks Maven Central for a newer release once a day and remembers the answer in the user's preferences;
     * a check recorded as just done (this version the latest) keeps every connection on the loopback address.
     */
    private static void releaseCheckJustDone() {
        try {
            Preferences prefs = Preferences.userRoot().node("/io/gatling/latestVersion");
            var version = io.gatling.commons.util.GatlingVersion$.MODULE$.ThisVersion();
            prefs.putLong("lastCheckTimestamp", System.currentTimeMillis());
            prefs.putBoolean("lastCheckSuccess", true);
            prefs.put("latestReleaseNumber", version.fullVersion());
            prefs.put("latestReleaseDate", version.releaseDate().format(DateTimeFormatter.ISO_DATE_TIME));
            prefs.flush();
        } catch (BackingStoreException e) {
            throw new IllegalStateException("could not record Gatling's release check", e);
        }
    }
}
