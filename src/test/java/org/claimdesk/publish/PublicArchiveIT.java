package org.claimdesk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import org.claimdesk.ApiClient;
import org.claimdesk.IntegrationTest;
import org.claimdesk.archive.ArchiveService;
import org.claimdesk.archive.ArchiveStatus;
import org.claimdesk.archive.SourceArchive;
import org.claimdesk.security.SystemActor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored copies of sources on a published fact-check: linked beside each source of a final verdict and
 * readable without signing in, and nothing else (a reviewer's source, another article's, an unpublished page's)
 * answers anything but the bare 404.
 */
@IntegrationTest
class PublicArchiveIT {

    static final byte[] PAGE = ("<html><head><title>Housing report</title></head><body><article><h1>Housing report"
            + "</h1><p>Average rents in the city rose 6.5 percent in the twelve months to September, the housing"
            + " agency said in its quarterly report.</p><p>Rents for new tenancies rose faster than those of"
            + " renewed ones, according to the agency's figures.</p></article></body></html>")
            .getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    int port;

    @Autowired
    ArchiveService archives;

    HttpServer site;
    ApiClient anonymous;
    ApiClient alice;
    ApiClient erin;

    @BeforeEach
    void siteOnLoopback() throws IOException {
        site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.createContext("/", exchange -> {
            int status = exchange.getRequestURI().getPath().startsWith("/gone") ? 404 : 200;
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(status, PAGE.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(PAGE);
            }
        });
        site.start();
        anonymous = ApiClient.anonymous(port);
        alice = anonymous.withTokenOf("alice", IntegrationTest.DEMO_PASSWORD);
        erin = anonymous.withTokenOf("erin", IntegrationTest.DEMO_PASSWORD);
    }

    @AfterEach
    void stopSite() {
        site.stop(0);
    }

    @Test
    void the_published_page_links_each_archived_source_of_a_final_verdict_and_the_copy_serves_its_text()
            throws Exception {
        String decided = address("/housing-report");
        String gone = address("/gone-report");
        JsonNode created = article("Rents story", "Rents rose 6.5% last year. New tenancies cost more.");
        JsonNode claims = created.get("claims");
        decide(claims.get(0).get("id").asLong(), decided);
        decide(claims.get(1).get("id").asLong(), gone);
        long copy = settled(decided, ArchiveStatus.ARCHIVED).id();
        settled(gone, ArchiveStatus.FAILED);
        long article = created.get("id").asLong();
        assertThat(erin.post("/api/v1/articles/" + article + "/publish", "").status()).isEqualTo(200);

        Document page = Jsoup.parse(anonymous.get("/fact-checks/" + article).body());
        ApiClient.Response archived = anonymous.get("/fact-checks/" + article + "/archives/" + copy);

        List<Element> links = page.select(".sources a.archived");
        assertThat(links).hasSize(1);
        assertThat(links.getFirst().attr("href")).isEqualTo("/fact-checks/" + article + "/archives/" + copy);
        assertThat(links.getFirst().text()).matches("archived \\d{1,2} [A-Z][a-z]+ \\d{4}");
        assertThat(links.getFirst().parent().selectFirst("a").attr("href")).isEqualTo(decided);
        assertThat(page.select("script[type=application/ld+json]")).hasSize(2).allSatisfy(script -> assertThat(
                JsonMapper.builder().build().readTree(script.data()).get("@type").asString()).isEqualTo("ClaimReview"));
        assertThat(archived.status()).isEqualTo(200);
        assertThat(archived.contentType()).startsWith("text/html");
        Document copyPage = Jsoup.parse(archived.body());
        assertThat(copyPage.select(".archive-facts dd a").attr("href")).isEqualTo(decided);
        assertThat(copyPage.selectFirst(".sha256").text()).isEqualTo(sha256(PAGE));
        assertThat(copyPage.select(".archive-facts").text()).contains("HTTP status 200").containsPattern("Fetched \\d");
        assertThat(copyPage.select(".archived-text").text())
                .contains("Average rents in the city rose 6.5 percent in the twelve months to September");
        assertThat(copyPage.select("main a[href=/fact-checks/" + article + "]").text()).isEqualTo("Rents story");
    }

    @Test
    void a_copy_answers_404_unless_a_final_verdict_on_that_published_page_cites_it() throws Exception {
        String reviewersOnly = address("/reviewers-source");
        String decided = address("/editors-source");
        JsonNode created = article("Copies story", "Rents rose 6.5% last year. New tenancies cost more.");
        long claim = created.get("claims").get(0).get("id").asLong();
        long article = created.get("id").asLong();
        assertThat(alice.post("/api/v1/claims/" + claim + "/verdicts", body(reviewersOnly)).status()).isEqualTo(201);
        decide(claim, decided);
        long reviewers = settled(reviewersOnly, ArchiveStatus.ARCHIVED).id();
        long editors = settled(decided, ArchiveStatus.ARCHIVED).id();
        JsonNode other = article("Other story", "Wages fell 2% in May.");
        decide(other.get("claims").get(0).get("id").asLong(), "https://records.example.org/wages");
        long otherArticle = other.get("id").asLong();
        assertThat(erin.post("/api/v1/articles/" + otherArticle + "/publish", "").status()).isEqualTo(200);
        String bare = anonymous.get("/fact-checks/987654321").body();

        ApiClient.Response unpublished = anonymous.get("/fact-checks/" + article + "/archives/" + editors);
        erin.post("/api/v1/articles/" + article + "/publish", "");
        ApiClient.Response reviewerSource = anonymous.get("/fact-checks/" + article + "/archives/" + reviewers);
        ApiClient.Response elsewhere = anonymous.get("/fact-checks/" + otherArticle + "/archives/" + editors);
        ApiClient.Response unknown = anonymous.get("/fact-checks/" + article + "/archives/987654321");

        for (ApiClient.Response refused : List.of(unpublished, reviewerSource, elsewhere, unknown)) {
            assertThat(refused.status()).isEqualTo(404);
            assertThat(refused.body()).isEqualTo(bare);
        }
        assertThat(anonymous.get("/fact-checks/" + article + "/archives/" + editors).status()).isEqualTo(200);
        assertThat(alice.get("/api/v1/archives/" + reviewers).status()).isEqualTo(200);
    }

    private String address(String path) {
        return "http://127.0.0.1:" + site.getAddress().getPort() + path + "-" + System.nanoTime();
    }

    private JsonNode article(String title, String text) {
        return erin.post("/api/v1/articles", "{\"title\":\"" + title + "\",\"text\":\"" + text + "\"}").json();
    }

    private static String body(String url) {
        return "{\"verdict\":\"disputed\",\"rationale\":\"The agency's report says otherwise.\",\"sources\":[{\"url\":\""
                + url + "\",\"title\":\"Agency report\",\"stance\":\"refutes\"}]}";
    }

    private void decide(long claim, String url) {
        assertThat(erin.post("/api/v1/claims/" + claim + "/decision", body(url)).status()).isEqualTo(201);
    }

    /** The address's snapshot once the background fetch has reached the state (up to 40 s). */
    private SourceArchive settled(String url, ArchiveStatus status) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        SourceArchive latest = null;
        while (System.nanoTime() < deadline) {
            latest = SystemActor.call(() -> archives.latest(List.of(url))).get(url);
            if (latest != null && latest.status() == status) {
                return latest;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the snapshot of " + url + " never became " + status + ": " + latest);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
