package org.claimdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.claimdesk.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The packaged app and its PostgreSQL are killed with SIGKILL in the middle of a review, as in a power cut, and
 * started again on the same data directory: every verdict the API acknowledged is there, and so is the draft.
 * Needs target/claimdesk.jar, which 'mvn verify' builds before the integration tests.
 */
class CrashRestartIT {

    static final String PASSWORD = "crash test password";

    @TempDir
    Path data;

    Process app;
    int port;

    @AfterEach
    void killAll() {
        kill();
    }

    @Test
    void every_acknowledged_verdict_and_the_draft_survive_a_sigkill_of_app_and_database() throws Exception {
        port = freePort();
        start();
        ApiClient anonymous = ApiClient.anonymous(port);
        ApiClient erin = anonymous.withTokenOf("erin", PASSWORD);
        ApiClient alice = anonymous.withTokenOf("alice", PASSWORD);
        JsonNode claims = erin.post("/api/v1/articles", "{\"title\":\"Crash\",\"text\":"
                + "\"Prices rose 3%. Wages fell 2%. Rents doubled. Exports grew 5%. Debt hit 90%. Turnout was 61%.\"}")
                .json().get("claims");
        List<Long> judged = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long claim = claims.get(i).get("id").asLong();
            assertThat(alice.post("/api/v1/claims/" + claim + "/verdicts",
                    "{\"verdict\":\"not_checkable\",\"rationale\":\"Verdict " + i + "\"}").status()).isEqualTo(201);
            judged.add(claim);
        }
        long drafted = claims.get(5).get("id").asLong();
        assertThat(alice.put("/api/v1/claims/" + drafted + "/draft",
                "{\"verdict\":\"misleading\",\"rationale\":\"Half-written: turnout counts only\"}").status()).isEqualTo(204);

        killApp();
        start();
        assertSurvived(judged, drafted);

        killApp();
        killDatabase();
        start();
        assertSurvived(judged, drafted);
    }

    private void assertSurvived(List<Long> judged, long drafted) {
        ApiClient aliceAgain = ApiClient.anonymous(port).withTokenOf("alice", PASSWORD);
        for (int i = 0; i < judged.size(); i++) {
            JsonNode mine = aliceAgain.get("/api/v1/claims/" + judged.get(i)).json().get("myVerdict");
            assertThat(mine.get("rationale").asString()).isEqualTo("Verdict " + i);
        }
        JsonNode draft = aliceAgain.get("/api/v1/claims/" + drafted + "/draft").json();
        assertThat(draft.get("rationale").asString()).isEqualTo("Half-written: turnout counts only");
        assertThat(draft.get("verdict").asString()).isEqualTo("MISLEADING");
    }

    private void start() throws Exception {
        File jar = new File("target/claimdesk.jar");
        assertThat(jar).as("mvn package builds the jar first").exists();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.getAbsolutePath());
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        builder.environment().put("CLAIMDESK_DATA_DIR", data.toString());
        builder.environment().put("CLAIMDESK_DEMO", "true");
        builder.environment().put("CLAIMDESK_DEMO_PASSWORD", PASSWORD);
        builder.environment().remove("SPRING_DATASOURCE_URL");
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolveSibling(
                data.getFileName() + "-app.log").toFile()));
        app = builder.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (ApiClient.anonymous(port).get("/actuator/health").body().contains("UP")) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // still starting
            }
            assertThat(app.isAlive()).as("the app exits early; see " + data + "-app.log").isTrue();
            Thread.sleep(500);
        }
        throw new AssertionError("ClaimDesk did not become healthy within 2 minutes");
    }

    private void kill() {
        killApp();
        killDatabase();
    }

    /** SIGKILL to the app's JVM: its PostgreSQL, a separate process, is left running as an orphan. */
    private void killApp() {
        if (app != null) {
            app.toHandle().destroyForcibly();
            app.onExit().join();
            app = null;
        }
    }

    /** SIGKILL to every PostgreSQL process on this data directory, as in a power cut. */
    private void killDatabase() {
        List<ProcessHandle> postgres = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(data.toString())).orElse(false)).toList();
        postgres.forEach(ProcessHandle::destroyForcibly);
        postgres.forEach(p -> p.onExit().join());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
