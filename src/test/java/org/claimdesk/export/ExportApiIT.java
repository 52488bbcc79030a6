package org.claimdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.claimdesk.ApiClient;
import org.claimdesk.IntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@IntegrationTest
class ExportApiIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String SOURCE = "{\"url\":\"https://records.example.org/a\",\"title\":\"Record\",\"quote\":\"He said so.\",\"stance\":\"refutes\"}";

    @LocalServerPort
    int port;

    ApiClient alice;
    ApiClient bob;
    ApiClient erin;
    ApiClient admin;
    long article;
    JsonNode claims;

    @BeforeEach
    void reviewedArticle() {
        ApiClient anonymous = ApiClient.anonymous(port);
        alice = anonymous.withTokenOf("alice", IntegrationTest.DEMO_PASSWORD);
        bob = anonymous.withTokenOf("bob", IntegrationTest.DEMO_PASSWORD);
        erin = anonymous.withTokenOf("erin", IntegrationTest.DEMO_PASSWORD);
        admin = anonymous.withTokenOf(IntegrationTest.ADMIN, IntegrationTest.ADMIN_PASSWORD);
        JsonNode created = erin.post("/api/v1/articles", "{\"title\":\"Export test\",\"publisher\":\"Ledger\","
                + "\"sourceUrl\":\"https://news.example.com/story\",\"publishedAt\":\"2026-11-20\",\"text\":"
                + q("Mayor Jane Roe said crime fell 20% in 2025. The </script><script>alert(1)</script> budget doubled. "
                        + "Rents rose. Turnout was 61%.") + "}").json();
        article = created.get("id").asLong();
        claims = created.get("claims");
        erin.put("/api/v1/claims/" + id(2) + "/short-form", "{\"shortForm\":\"=HYPERLINK(\\\"http://evil\\\")\"}");
        for (ApiClient reviewer : List.of(alice, bob)) {
            verdict(reviewer, id(0), "disputed");
            verdict(reviewer, id(1), "misleading");
        }
        verdict(alice, id(3), "supported");
        assertThat(alice.post("/api/v1/claims/" + id(2) + "/comments", "{\"text\":\"Whose rents? The city's survey or the census?\"}")
                .status()).isEqualTo(201);
        assertThat(erin.post("/api/v1/claims/" + id(2) + "/assignments", "{\"reviewer\":\"bob\"}").status()).isEqualTo(201);
        decide(id(0), "disputed", null);
        decide(id(1), "misleading", null);
        decide(id(1), "disputed", "We first rated this Misleading.");
    }

    long id(int index) {
        return claims.get(index).get("id").asLong();
    }

    void verdict(ApiClient who, long claim, String verdict) {
        assertThat(who.post("/api/v1/claims/" + claim + "/verdicts", "{\"verdict\":\"" + verdict
                + "\",\"rationale\":\"Checked the records.\",\"sources\":[" + SOURCE + "]}").status()).isEqualTo(201);
    }

    void decide(long claim, String verdict, String note) {
        assertThat(erin.post("/api/v1/claims/" + claim + "/decision", "{\"verdict\":\"" + verdict
                + "\",\"rationale\":\"Official statistics.\",\"sources\":[" + SOURCE + "]"
                + (note == null ? "" : ",\"correctionNote\":" + q(note)) + "}").status()).isEqualTo(201);
    }

    ApiClient.Response export(ApiClient who, String format) {
        return who.get("/api/v1/articles/" + article + "/export?format=" + format);
    }

    @Test
    void claimreview_has_every_field_google_requires_typed_right_and_only_approved_claims() {
        var response = export(erin, "claimreview");
        assertThat(response.contentType()).startsWith("application/ld+json");
        JsonNode reviews = JSON.readTree(response.body());

        assertThat(reviews.isArray()).isTrue();
        assertThat(reviews).hasSize(2);
        for (JsonNode review : reviews) {
            assertThat(review.get("@context").asString()).isEqualTo("https://schema.org");
            assertThat(review.get("@type").asString()).isEqualTo("ClaimReview");
            assertThat(review.get("claimReviewed").asString()).isNotBlank();
            assertThat(review.get("url").asString()).startsWith("http://localhost:" + port + "/articles/" + article + "#claim-");
            assertThat(review.get("author").get("@type").asString()).isEqualTo("Organization");
            assertThat(review.get("author").get("name").asString()).isEqualTo("ClaimDesk");
            assertThat(LocalDate.parse(review.get("datePublished").asString())).isNotNull();
            JsonNode rating = review.get("reviewRating");
            assertThat(rating.get("@type").asString()).isEqualTo("Rating");
            assertThat(rating.get("ratingValue").isInt()).isTrue();
            assertThat(rating.get("ratingValue").asInt()).isBetween(rating.get("worstRating").asInt(),
                    rating.get("bestRating").asInt());
            JsonNode item = review.get("itemReviewed");
            assertThat(item.get("@type").asString()).isEqualTo("Claim");
            assertThat(item.get("datePublished").asString()).isEqualTo("2026-11-20");
            assertThat(item.get("appearance").get("@type").asString()).isEqualTo("NewsArticle");
            assertThat(item.get("appearance").get("headline").asString()).isEqualTo("Export test");
            assertThat(item.get("appearance").get("url").asString()).isEqualTo("https://news.example.com/story");
        }
        assertThat(reviews.get(0).get("reviewRating").get("alternateName").asString()).isEqualTo("Disputed");
        assertThat(reviews.get(0).get("itemReviewed").get("author").get("name").asString()).isEqualTo("Mayor Jane Roe");
        assertThat(reviews.get(1).get("reviewRating").get("alternateName").asString()).isEqualTo("Disputed");
        assertThat(JSON.readTree(erin.get("/api/v1/articles/" + article + "/export?format=claimreview&all=true").body()))
                .hasSize(3);
    }

    @Test
    void a_claim_containing_a_closing_script_tag_cannot_break_out_of_an_embedding_page() {
        String jsonLd = export(erin, "claimreview").body();
        assertThat(jsonLd).doesNotContain("</script>").doesNotContain("<script>");

        String page = "<html><head><script type=\"application/ld+json\">" + jsonLd + "</script></head><body></body></html>";
        var scripts = Jsoup.parse(page).select("script");

        assertThat(scripts).hasSize(1);
        JsonNode embedded = JSON.readTree(scripts.first().data());
        assertThat(embedded.get(1).get("claimReviewed").asString()).contains("</script><script>alert(1)</script>");
    }

    @Test
    void the_json_export_with_its_discussion_restores_and_exports_again_identically_apart_from_ids_and_the_restore_itself() {
        String first = export(erin, "json").body();
        Instant before = Instant.now();

        var imported = admin.post("/api/v1/imports", first);
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        long copy = imported.json().get("id").asLong();
        ObjectNode second = (ObjectNode) JSON.readTree(erin.get("/api/v1/articles/" + copy + "/export?format=json").body());

        assertThat(second.get("article").get("importMethod").asString()).isEqualTo("RESTORE");
        for (JsonNode claim : second.get("claims")) {
            JsonNode restore = claim.get("history").get(claim.get("history").size() - 1);
            assertThat(restore.get("action").asString()).isEqualTo("RESTORED_FROM_EXPORT");
            assertThat(restore.get("who").asString()).isEqualTo(IntegrationTest.ADMIN);
            assertThat(Instant.parse(restore.get("when").asString())).isAfterOrEqualTo(before.minusSeconds(1));
            ((tools.jackson.databind.node.ArrayNode) claim.get("history")).remove(claim.get("history").size() - 1);
        }
        JsonNode doc = JSON.readTree(first);
        ((ObjectNode) second.get("article")).put("importMethod", doc.get("article").get("importMethod").asString());
        assertThat(withoutIds(second)).isEqualTo(withoutIds(doc));
        assertThat(doc.get("format").asString()).isEqualTo("claimdesk-article");
        assertThat(doc.get("version").asInt()).isEqualTo(1);
        assertThat(doc.get("claims").get(1).get("decisions")).hasSize(2);
        assertThat(doc.get("claims").get(0).get("history").valueStream().map(h -> h.get("action").asString()))
                .contains("CREATED", "STATUS_CHANGED");
        JsonNode discussed = doc.get("claims").get(2);
        assertThat(discussed.get("comments").get(0).get("who").asString()).isEqualTo("alice");
        assertThat(discussed.get("comments").get(0).get("text").asString()).startsWith("Whose rents?");
        assertThat(discussed.get("assignments").get(0).get("reviewer").asString()).isEqualTo("bob");
        assertThat(discussed.get("assignments").get(0).get("by").asString()).isEqualTo("erin");
    }

    @Test
    void a_restored_export_restores_again_and_the_demo_article_by_the_system_actor_restores_too() {
        long restored = admin.post("/api/v1/imports", export(erin, "json").body()).json().get("id").asLong();
        var again = admin.post("/api/v1/imports", erin.get("/api/v1/articles/" + restored + "/export?format=json").body());
        assertThat(again.status()).as(again.body()).isEqualTo(201);

        JsonNode demo = erin.get("/api/v1/articles?importedBy=system&size=100").json().get("items");
        // the demo article is the first the system imported (tests import more as the system actor)
        long demoId = demo.valueStream().filter(a -> a.get("importedBy").asString().equals("system"))
                .mapToLong(a -> a.get("id").asLong()).min().orElseThrow();
        var demoCopy = admin.post("/api/v1/imports", erin.get("/api/v1/articles/" + demoId + "/export?format=json").body());
        assertThat(demoCopy.status()).as(demoCopy.body()).isEqualTo(201);
    }

    @Test
    void imports_are_for_admins_and_refuse_what_is_not_an_export() {
        String export = export(erin, "json").body();

        assertThat(erin.post("/api/v1/imports", export).status()).isEqualTo(403);
        assertThat(admin.post("/api/v1/imports", "{\"format\":\"something-else\",\"version\":1}").status()).isEqualTo(400);
        assertThat(admin.post("/api/v1/imports", "[1,2").status()).isEqualTo(400);
        String broken = export.replaceFirst("\"start\" : \\d+", "\"start\" : 999999");
        assertThat(admin.post("/api/v1/imports", broken).json().get("detail").asString()).contains("outside the text");
    }

    @Test
    void csv_is_rfc_4180_with_one_row_per_claim_and_formulas_neutralised() throws Exception {
        var response = export(erin, "csv");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.body())).getRecords();

        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).get("final_verdict")).isEqualTo("Disputed");
        assertThat(rows.get(0).get("reviewers")).isEqualTo("alice: Disputed; bob: Disputed");
        assertThat(rows.get(0).get("agreement")).isEqualTo("agree");
        assertThat(rows.get(1).get("correction_note")).isEqualTo("We first rated this Misleading.");
        assertThat(rows.get(2).get("claim")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(erin.get("/api/v1/articles/" + article + "/export?format=csv&bom=true").body()).startsWith("\uFEFF");
    }

    @Test
    void markdown_and_html_reports_carry_summary_markers_verdicts_sources_and_corrections_as_escaped_text() {
        String markdown = export(erin, "markdown").body();
        String html = export(erin, "html").body();

        assertThat(markdown).contains("# Export test", "| Disputed | 2 |", "**[1]**", "**Disputed**",
                "**Correction:** We first rated this Misleading.", "[Record](<https://records.example.org/a>)")
                .doesNotContain("<script>");
        var page = Jsoup.parse(html);
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("h1").text()).isEqualTo("Export test");
        assertThat(page.select(".marker")).hasSize(4);
        assertThat(page.select(".correction").text()).isEqualTo("Correction: We first rated this Misleading.");
        assertThat(page.select(".claim a").attr("href")).isEqualTo("https://records.example.org/a");
        assertThat(page.text()).contains("</script><script>alert(1)</script>");
        assertThat(html).contains("@media print");
    }

    @Test
    void a_reviewer_export_holds_nothing_blind_review_hides_from_them() {
        JsonNode blind = erin.post("/api/v1/articles", "{\"title\":\"Blind\",\"text\":\"Inflation hit 9%.\"}").json();
        String articleId = blind.get("id").asString();
        alice.post("/api/v1/claims/" + blind.get("claims").get(0).get("id").asLong() + "/verdicts",
                "{\"verdict\":\"supported\",\"rationale\":\"Alice's secret reasoning.\",\"sources\":[" + SOURCE + "]}");

        for (String format : List.of("json", "csv", "markdown", "html", "claimreview")) {
            String asBob = bob.get("/api/v1/articles/" + articleId + "/export?format=" + format + "&all=true").body();
            assertThat(asBob).as(format).doesNotContain("Alice's secret reasoning").doesNotContain("alice: Supported");
        }
        assertThat(erin.get("/api/v1/articles/" + articleId + "/export?format=json").body()).contains("Alice's secret reasoning");
    }

    @Test
    void bulk_exports_stream_approved_articles_as_ndjson_or_zip() throws Exception {
        String today = LocalDate.now().toString();
        var ndjson = erin.get("/api/v1/exports?from=" + today + "&to=" + today + "&format=ndjson");
        List<JsonNode> docs = ndjson.body().lines().map(JSON::readTree).toList();
        assertThat(docs).extracting(d -> d.get("article").get("title").asString()).contains("Export test");
        assertThat(docs).allMatch(d -> d.get("format").asString().equals("claimdesk-article"));

        var zip = erin.getBytes("/api/v1/exports?from=" + today + "&to=" + today + "&format=zip");
        assertThat(zip.getKey()).startsWith("application/zip");
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.getValue()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertThat(names).contains("claimdesk-article-" + article + ".json", "claimdesk-article-" + article + ".html");
    }

    @Test
    void bad_export_requests_answer_4xx_with_a_reason() {
        assertThat(export(erin, "pdf").json().get("detail").asString()).contains("claimreview, json, csv");
        assertThat(erin.get("/api/v1/articles/987654321/export?format=json").status()).isEqualTo(404);
        assertThat(erin.get("/api/v1/exports?from=2026-12-01&to=2026-11-01").status()).isEqualTo(400);
        assertThat(erin.get("/api/v1/exports?from=yesterday&to=today").status()).isEqualTo(400);
        assertThat(ApiClient.anonymous(port).get("/api/v1/articles/" + article + "/export?format=json").status()).isEqualTo(401);
    }

    /** Ids may differ between two ClaimDesks; nothing else may. */
    static JsonNode withoutIds(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(List.of("id", "mergedInto", "adoptedVerdictId"));
            object.values().forEach(ExportApiIT::strip);
        } else if (node.isArray()) {
            node.forEach(ExportApiIT::strip);
        }
    }

    static String q(String s) {
        return JSON.writeValueAsString(s);
    }
}
