package org.claimdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two ClaimDesk processes (the packaged jar) on one PostgreSQL, as behind a proxy that sets X-Forwarded-For
 * ({@code SERVER_FORWARD_HEADERS_STRATEGY=native}): failures spread over both instances add up, the lock
 * holds for the attacking client on either instance, and the real user at another address still signs in.
 * Needs target/claimdesk.jar, which 'mvn verify' builds before the integration tests.
 */
class ThrottleAcrossInstancesIT {

    static final String ADMIN = "throttle-admin";
    static final String ADMIN_PASSWORD = "admin of the throttle test";
    static final String USER = "tess-target";
    static final String PASSWORD = "a quiet passphrase of tess";
    static final String ATTACKER = "203.0.113.50";
    static final String USERS_OWN_CLIENT = "198.51.100.60";

    static EmbeddedPostgres postgres;
    static Path logs;
    static Process first;
    static Process second;
    static int firstPort;
    static int secondPort;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void twoInstancesOnOneDatabase() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        logs = Files.createTempDirectory("throttle-instances");
        firstPort = freePort();
        first = start(firstPort, "first");
        secondPort = freePort();
        second = start(secondPort, "second");
    }

    @AfterAll
    static void stop() throws Exception {
        for (Process process : new Process[] {second, first}) {
            if (process != null) {
                process.destroy();
                process.onExit().join();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    static Process start(int port, String name) throws Exception {
        File jar = new File("target/claimdesk.jar");
        if (!jar.exists()) {
            throw new AssertionError("mvn package builds target/claimdesk.jar first");
        }
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-jar", jar.getAbsolutePath());
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        builder.environment().put("SERVER_ADDRESS", "127.0.0.1");
        builder.environment().put("SERVER_FORWARD_HEADERS_STRATEGY", "native");
        builder.environment().put("SPRING_DATASOURCE_URL", postgres.getJdbcUrl("postgres", "postgres"));
        builder.environment().put("SPRING_DATASOURCE_USERNAME", "postgres");
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", "postgres");
        builder.environment().put("CLAIMDESK_DATA_DIR", logs.resolve(name + "-data").toString());
        builder.environment().put("CLAIMDESK_DEMO", "false");
        builder.environment().put("CLAIMDESK_ADMIN_USERNAME", ADMIN);
        builder.environment().put("CLAIMDESK_ADMIN_PASSWORD", ADMIN_PASSWORD);
        File log = logs.resolve(name + ".log").toFile();
        Process process = builder.redirectErrorStream(true).redirectOutput(log).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.body().contains("UP")) {
                    return process;
                }
            } catch (IOException notYet) {
                // still starting
            }
            if (!process.isAlive()) {
                throw new AssertionError("the " + name + " instance exited early; see " + log);
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the " + name + " instance did not become healthy; see " + log);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static int me(int port, String client, String username, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/me"))
                .header("Authorization", "Basic " + basic).header("X-Forwarded-For", client).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void five_failures_spread_over_two_instances_lock_that_client_but_not_the_user_elsewhere() throws Exception {
        String admin = Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + firstPort + "/api/v1/admin/accounts"))
                .header("Authorization", "Basic " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + USER + "\",\"role\":\"REVIEWER\","
                        + "\"password\":\"" + PASSWORD + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        for (int i = 0; i < 5; i++) {
            assertThat(me(i % 2 == 0 ? firstPort : secondPort, ATTACKER, USER, "guess number " + i)).isEqualTo(401);
        }

        assertThat(me(firstPort, ATTACKER, USER, PASSWORD)).as("the attacking client, first instance").isEqualTo(429);
        assertThat(me(secondPort, ATTACKER, USER, PASSWORD)).as("the attacking client, second instance").isEqualTo(429);
        assertThat(me(secondPort, USERS_OWN_CLIENT, USER, PASSWORD)).as("the user at their own address").isEqualTo(200);
        assertThat(me(firstPort, USERS_OWN_CLIENT, USER, PASSWORD)).isEqualTo(200);
    }
}
