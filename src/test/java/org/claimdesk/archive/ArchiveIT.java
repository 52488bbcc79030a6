package org.claimdesk.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpServer;
import org.claimdesk.ApiClient;
import org.claimdesk.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ArchiveIT {

    static final byte[] PAGE = ("<html><head><title>Consumer prices</title></head><body><article><h1>Consumer prices"
            + "</h1><p>Consumer prices rose 2.9 percent in the year to October, the statistics office said on"
            + " Tuesday, after 3.1 percent in September.</p><p>Food and energy rose fastest, while clothing fell"
            + " slightly, according to the monthly release.</p></article></body></html>").getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    int port;

    HttpServer site;
    ExecutorService handlers;
    ApiClient alice;
    ApiClient bob;
    ApiClient erin;

    @BeforeEach
    void siteOnLoopback() throws IOException {
        handlers = Executors.newCachedThreadPool();
        site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.setExecutor(handlers);
        site.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/slow")) {
                try {
                    Thread.sleep(25_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            int status = path.startsWith("/gone") ? 404 : 200;
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(status, PAGE.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(PAGE);
            } catch (IOException ignored) {
                // the fetcher gave up waiting
            }
        });
        site.start();
        ApiClient anonymous = ApiClient.anonymous(port);
        alice = anonymous.withTokenOf("alice", IntegrationTest.DEMO_PASSWORD);
        bob = anonymous.withTokenOf("bob", IntegrationTest.DEMO_PASSWORD);
        erin = anonymous.withTokenOf("erin", IntegrationTest.DEMO_PASSWORD);
    }

    @AfterEach
    void stopSite() {
        site.stop(0);
        handlers.shutdownNow();
    }

    @Test
    void a_cited_page_is_archived_with_the_hash_of_what_the_site_served_and_its_text_is_readable() throws Exception {
        long claim = newClaim();
        String url = address("/cpi-release");
        ApiClient.Response answer = verdict(alice, claim, url);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.json().get("sources").get(0).get("archive").get("status").asString())
                .isIn("PENDING", "ARCHIVED");

        JsonNode archive = awaitArchive(alice, claim, a -> a.get("status").asString().equals("ARCHIVED"));
        assertThat(archive.get("sha256").asString()).isEqualTo(ArchiveWorker.sha256(PAGE));
        assertThat(archive.get("httpStatus").asInt()).isEqualTo(200);
        assertThat(archive.get("fetchedAt").asString()).isNotBlank();
        JsonNode copy = alice.get(archive.get("href").asString()).json();
        assertThat(copy.get("url").asString()).isEqualTo(url);
        assertThat(copy.get("text").asString()).contains("Consumer prices rose 2.9 percent in the year to October")
                .doesNotContain("<p>");
        assertThat(copy.get("contentType").asString()).startsWith("text/html");
    }

    @Test
    void a_missing_page_and_a_slow_site_are_recorded_as_failed_without_delaying_the_verdicts_answer()
            throws Exception {
        long gone = newClaim();
        long slow = newClaim();
        long started = System.nanoTime();
        assertThat(verdict(alice, slow, address("/slow-site")).status()).isEqualTo(201);
        assertThat(verdict(alice, gone, address("/gone-page")).status()).isEqualTo(201);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));

        JsonNode missing = awaitArchive(alice, gone, a -> a.get("status").asString().equals("FAILED"));
        assertThat(missing.get("httpStatus").asInt()).isEqualTo(404);
        JsonNode timedOut = awaitArchive(alice, slow, a -> a.get("status").asString().equals("FAILED"));
        assertThat(timedOut.get("httpStatus").isNull()).isTrue();
        assertThat(timedOut.get("sha256").isNull()).isTrue();
    }

    @Test
    void under_blind_review_another_reviewer_reads_the_archive_only_after_submitting_their_own_verdict()
            throws Exception {
        long claim = newClaim();
        verdict(alice, claim, address("/blind-source"));
        String href = awaitArchive(alice, claim, a -> a.get("status").asString().equals("ARCHIVED"))
                .get("href").asString();

        assertThat(bob.get(href).status()).isEqualTo(404);
        assertThat(erin.get(href).status()).isEqualTo(200);
        assertThat(verdict(bob, claim, address("/bobs-own-source")).status()).isEqualTo(201);
        assertThat(bob.get(href).status()).isEqualTo(200);
        assertThat(alice.get("/api/v1/archives/987654321").status()).isEqualTo(404);
    }

    private String address(String path) {
        return "http://127.0.0.1:" + site.getAddress().getPort() + path + "-" + System.nanoTime();
    }

    private long newClaim() {
        JsonNode created = erin.post("/api/v1/articles",
                "{\"title\":\"Archive\",\"text\":\"Prices rose 5% last year. Wages fell.\"}").json();
        return created.get("claims").get(0).get("id").asLong();
    }

    private static ApiClient.Response verdict(ApiClient who, long claim, String url) {
        return who.post("/api/v1/claims/" + claim + "/verdicts", "{\"verdict\":\"DISPUTED\",\"rationale\":\"See the"
                + " release.\",\"sources\":[{\"url\":\"" + url + "\",\"title\":\"Release\",\"stance\":\"refutes\"}]}");
    }

    /** The archive of the caller's own verdict's first source, once it satisfies the condition (up to 40 s). */
    private static JsonNode awaitArchive(ApiClient who, long claim, Predicate<JsonNode> done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        JsonNode archive = null;
        while (System.nanoTime() < deadline) {
            archive = who.get("/api/v1/claims/" + claim).json().get("myVerdict").get("sources").get(0).get("archive");
            if (done.test(archive)) {
                return archive;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("archive never reached the expected state: " + archive);
    }
}
