package org.claimdesk.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.claimdesk.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The packaged app is killed (SIGKILL) while a receiver holds its first webhook POST, with four more events
 * queued behind it, and started again on the same data directory. Every event then arrives, correctly signed:
 * delivery is at least once, and the event id is stable, so the one POST that was cut off arrives again under
 * the same event id and each event id is acknowledged (answered 2xx) exactly once. Needs target/claimdesk.jar,
 * which 'mvn verify' builds before the integration tests.
 */
class WebhookRestartIT {

    static final String PASSWORD = "webhook restart test password";
    static final String ADMIN = "restart-admin";
    static final String SOURCE = "[{\"url\":\"https://stats.example.org/r\",\"title\":\"Release\",\"stance\":\"refutes\"}]";

    @TempDir
    Path data;

    Process app;
    int port;

    @AfterEach
    void killAll() {
        killApp();
        List<ProcessHandle> postgres = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(data.toString())).orElse(false)).toList();
        postgres.forEach(ProcessHandle::destroyForcibly);
        postgres.forEach(p -> p.onExit().join());
    }

    @Test
    void events_queued_when_the_app_is_killed_mid_delivery_all_arrive_after_a_restart_once_per_event_id()
            throws Exception {
        port = freePort();
        start();
        try (WebhookReceiver receiver = new WebhookReceiver("restart test shared secret")) {
            receiver.holdNext();
            ApiClient anonymous = ApiClient.anonymous(port);
            ApiClient admin = anonymous.withTokenOf(ADMIN, PASSWORD);
            assertThat(admin.post("/api/v1/admin/webhooks", "{\"url\":\"" + receiver.url() + "\",\"secret\":\""
                    + receiver.secret + "\",\"events\":[\"verdict.submitted\",\"claim.approved\",\"claim.corrected\","
                    + "\"article.published\"]}").status()).isEqualTo(201);
            ApiClient erin = anonymous.withTokenOf("erin", PASSWORD);
            JsonNode created = erin.post("/api/v1/articles", "{\"title\":\"Restart\",\"text\":\"Prices rose 3% in 2025.\"}").json();
            long claim = created.get("claims").get(0).get("id").asLong();
            verdict(anonymous.withTokenOf("alice", PASSWORD), claim, "/verdicts", "");
            assertThat(receiver.await(r -> r.size() == 1, Duration.ofSeconds(20))).hasSize(1); // held, unanswered
            verdict(anonymous.withTokenOf("bob", PASSWORD), claim, "/verdicts", "");
            verdict(erin, claim, "/decision", "");
            verdict(erin, claim, "/decision", ",\"correctionNote\":\"Corrected.\"");
            assertThat(erin.post("/api/v1/articles/" + created.get("id").asLong() + "/publish", "").status())
                    .isEqualTo(200);

            killApp();
            receiver.release();
            start();

            List<WebhookReceiver.Received> got = receiver.await(r -> r.stream().filter(x -> x.answered() == 200)
                    .count() >= 5, Duration.ofSeconds(60));
            Map<String, Long> acknowledged = got.stream().filter(r -> r.answered() == 200)
                    .collect(Collectors.groupingBy(WebhookReceiver.Received::eventId, Collectors.counting()));
            assertThat(acknowledged).hasSize(5).allSatisfy((id, times) -> assertThat(times).as(id).isEqualTo(1));
            assertThat(got).allMatch(receiver::signedCorrectly);
            Map<String, WebhookReceiver.Received> byId = got.stream().filter(r -> r.answered() == 200)
                    .collect(Collectors.toMap(WebhookReceiver.Received::eventId, Function.identity()));
            WebhookReceiver.Received cutOff = got.getFirst();
            assertThat(cutOff.answered()).isZero();
            assertThat(byId.get(cutOff.eventId()).delivery()).isEqualTo(cutOff.delivery());
            assertThat(byId.get(cutOff.eventId()).event()).isEqualTo("verdict.submitted");
            assertThat(byId.values()).extracting(WebhookReceiver.Received::event).containsExactlyInAnyOrder(
                    "verdict.submitted", "verdict.submitted", "claim.approved", "claim.corrected", "article.published");
        }
    }

    private static void verdict(ApiClient who, long claim, String path, String extra) {
        assertThat(who.post("/api/v1/claims/" + claim + path, "{\"verdict\":\"disputed\",\"rationale\":\"Checked.\","
                + "\"sources\":" + SOURCE + extra + "}").status()).isEqualTo(201);
    }

    private void start() throws Exception {
        File jar = new File("target/claimdesk.jar");
        assertThat(jar).as("mvn package builds the jar first").exists();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.getAbsolutePath());
        Map<String, String> env = builder.environment();
        env.put("SERVER_PORT", String.valueOf(port));
        env.put("CLAIMDESK_DATA_DIR", data.toString());
        env.put("CLAIMDESK_DEMO", "true");
        env.put("CLAIMDESK_DEMO_PASSWORD", PASSWORD);
        env.put("CLAIMDESK_ADMIN_USERNAME", ADMIN);
        env.put("CLAIMDESK_ADMIN_PASSWORD", PASSWORD);
        env.put("CLAIMDESK_IMPORT_ALLOWED_HOSTS", "127.0.0.1");
        env.put("CLAIMDESK_WEBHOOKS_POLL_MILLIS", "200");
        env.put("CLAIMDESK_WEBHOOKS_RETRY_BASE_MILLIS", "500");
        env.put("CLAIMDESK_WEBHOOKS_TIMEOUT_MILLIS", "8000");
        env.put("CLAIMDESK_WEBHOOKS_LEASE_MILLIS", "10000");
        env.remove("SPRING_DATASOURCE_URL");
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

    /** SIGKILL to the app's JVM, mid-delivery: nothing of it runs to the end. */
    private void killApp() {
        if (app != null) {
            app.toHandle().destroyForcibly();
            app.onExit().join();
            app = null;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
