package org.claimdesk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.claimdesk.ApiClient;
import org.claimdesk.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An editor publishes a reviewed article; anyone reads it, its list and its corrections feed without signing in. */
@IntegrationTest
class PublishIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String SOURCE = "{\"url\":\"https://records.example.org/a\",\"title\":\"Record\",\"stance\":\"refutes\"}";

    @LocalServerPort
    int port;

    ApiClient anonymous;
    ApiClient alice;
    ApiClient erin;
    long article;
    JsonNode claims;

    @BeforeEach
    void reviewedArticle() {
        anonymous = ApiClient.anonymous(port);
        alice = anonymous.withTokenOf("alice", IntegrationTest.DEMO_PASSWORD);
        erin = anonymous.withTokenOf("erin", IntegrationTest.DEMO_PASSWORD);
        JsonNode created = erin.post("/api/v1/articles", "{\"title\":\"Budget </h1> story\",\"publisher\":\"Ledger\","
                + "\"sourceUrl\":\"https://news.example.com/budget\",\"publishedAt\":\"2026-11-20\",\"text\":"
                + "\"Mayor Jane Roe said crime fell 20% in 2025. The budget doubled <b>overnight</b>. Rents rose.\"}")
                .json();
        article = created.get("id").asLong();
        claims = created.get("claims");
        verdict(id(0), "disputed");
        verdict(id(1), "misleading");
        decide(id(0), "disputed", null);
        decide(id(1), "misleading", null);
    }

    @Test
    void an_anonymous_reader_sees_the_published_page_with_one_valid_claimreview_per_final_verdict() {
        assertThat(erin.post("/api/v1/articles/" + article + "/publish", "").status()).isEqualTo(200);

        ApiClient.Response response = anonymous.get("/fact-checks/" + article);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/html");
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("h1").text()).isEqualTo("Budget </h1> story");
        assertThat(page.select("article.claim")).hasSize(2);
        assertThat(page.select("article.claim .label").eachText()).containsExactly("Disputed", "Misleading");
        assertThat(page.text()).contains("Fact-checked by ClaimDesk").contains("The budget doubled <b>overnight</b>.")
                .contains("Official statistics.").doesNotContain("alice").doesNotContain("erin");
        var scripts = page.select("script[type=application/ld+json]");
        assertThat(scripts).hasSize(2);
        List<String> rated = new ArrayList<>();
        for (var script : scripts) {
            JsonNode review = JSON.readTree(script.data());
            assertThat(review.get("@context").asString()).isEqualTo("https://schema.org");
            assertThat(review.get("@type").asString()).isEqualTo("ClaimReview");
            assertThat(review.get("url").asString()).startsWith("http://localhost:8080/fact-checks/" + article + "#claim-");
            assertThat(review.get("claimReviewed").asString()).isNotBlank();
            assertThat(review.get("author").get("name").asString()).isEqualTo("ClaimDesk");
            assertThat(LocalDate.parse(review.get("datePublished").asString())).isNotNull();
            assertThat(review.get("itemReviewed").get("appearance").get("url").asString())
                    .isEqualTo("https://news.example.com/budget");
            rated.add(review.get("reviewRating").get("alternateName").asString());
        }
        assertThat(rated).containsExactly("Disputed", "Misleading");
        assertThat(page.select("a[href=/fact-checks]").text()).isEqualTo("ClaimDesk");
    }

    @Test
    void an_unpublished_or_unknown_fact_check_answers_the_same_bare_404() {
        ApiClient.Response unpublished = anonymous.get("/fact-checks/" + article);
        ApiClient.Response unknown = anonymous.get("/fact-checks/987654321");
        ApiClient.Response garbage = anonymous.get("/fact-checks/abc");

        assertThat(List.of(unpublished.status(), unknown.status(), garbage.status())).containsOnly(404);
        assertThat(unpublished.body()).isEqualTo(unknown.body()).isEqualTo(garbage.body())
                .doesNotContain("Budget").doesNotContain(String.valueOf(article));
    }

    @Test
    void unpublishing_takes_the_page_down_and_both_steps_are_in_the_publication_history() {
        erin.post("/api/v1/articles/" + article + "/publish", "");
        assertThat(anonymous.get("/fact-checks").body()).contains("/fact-checks/" + article + "\"");

        JsonNode state = erin.delete("/api/v1/articles/" + article + "/publish").json();

        assertThat(state.get("published").asBoolean()).isFalse();
        assertThat(anonymous.get("/fact-checks/" + article).status()).isEqualTo(404);
        assertThat(anonymous.get("/fact-checks").body()).doesNotContain("/fact-checks/" + article + "\"");
        JsonNode history = alice.get("/api/v1/articles/" + article + "/publication").json().get("history");
        assertThat(history.findValuesAsString("action")).containsExactly("PUBLISHED", "UNPUBLISHED");
        assertThat(history.findValuesAsString("actor")).containsOnly("erin");
        assertThat(erin.delete("/api/v1/articles/" + article + "/publish").status()).isEqualTo(409);
    }

    @Test
    void an_article_without_any_final_verdict_cannot_be_published_and_a_reviewer_may_not_publish() {
        long fresh = erin.post("/api/v1/articles", "{\"title\":\"Fresh\",\"text\":\"Taxes rose 4% in 2025.\"}")
                .json().get("id").asLong();

        ApiClient.Response refused = erin.post("/api/v1/articles/" + fresh + "/publish", "");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asString()).contains("nothing to publish");
        assertThat(alice.post("/api/v1/articles/" + article + "/publish", "").status()).isEqualTo(403);
        assertThat(anonymous.get("/fact-checks/" + fresh).status()).isEqualTo(404);
    }

    @Test
    void the_feed_parses_as_atom_with_an_entry_per_publication_and_correction_newest_first() throws Exception {
        erin.post("/api/v1/articles/" + article + "/publish", "");
        decide(id(1), "disputed", "We first rated this Misleading; the budget did not double.");

        ApiClient.Response response = anonymous.get("/fact-checks/feed.atom");

        assertThat(response.contentType()).startsWith("application/atom+xml");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        org.w3c.dom.Document feed = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        Element root = feed.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        NodeList entries = root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        List<String> ours = new ArrayList<>();
        List<Instant> updated = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            updated.add(Instant.parse(child(entry, "updated")));
            String link = ((Element) entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link").item(0))
                    .getAttribute("href");
            if (link.startsWith("http://localhost:8080/fact-checks/" + article)) {
                ours.add(child(entry, "title") + " | " + child(entry, "summary"));
            }
        }
        assertThat(updated).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(ours).hasSize(2);
        assertThat(ours.get(0)).startsWith("Correction: The budget doubled")
                .contains("Rating changed from Misleading to Disputed").contains("the budget did not double");
        assertThat(ours.get(1)).startsWith("Published: Budget </h1> story");
        assertThat(Jsoup.parse(anonymous.get("/fact-checks/" + article).body()).select(".correction").text())
                .contains("the budget did not double").contains("rated Misleading before");
    }

    static String child(Element entry, String name) {
        return entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name).item(0).getTextContent();
    }

    long id(int index) {
        return claims.get(index).get("id").asLong();
    }

    void verdict(long claim, String verdict) {
        assertThat(alice.post("/api/v1/claims/" + claim + "/verdicts", "{\"verdict\":\"" + verdict
                + "\",\"rationale\":\"Checked the records.\",\"sources\":[" + SOURCE + "]}").status()).isEqualTo(201);
    }

    void decide(long claim, String verdict, String note) {
        assertThat(erin.post("/api/v1/claims/" + claim + "/decision", "{\"verdict\":\"" + verdict
                + "\",\"rationale\":\"Official statistics.\",\"sources\":[" + SOURCE + "]"
                + (note == null ? "" : ",\"correctionNote\":" + JSON.writeValueAsString(note)) + "}").status())
                .isEqualTo(201);
    }
}
