package org.claimdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.claimdesk.ApiClient;
import org.claimdesk.IntegrationTest;
import org.claimdesk.LocalWebServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ArticleImportApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient alice;

    @BeforeEach
    void signIn() {
        alice = ApiClient.anonymous(port).withTokenOf("alice", IntegrationTest.DEMO_PASSWORD);
    }

    long articles() {
        return jdbc.queryForObject("select count(*) from article", Long.class);
    }

    @Test
    void a_pasted_article_answers_201_with_its_claims_in_order_with_offsets() {
        var created = alice.post("/api/v1/articles", """
                {"title":"Test","text":"Prices rose 3% in May. \\"It hurts,\\" Anna Berg said.","publisher":"Ledger",
                 "publishedAt":"2024-06-01"}""");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode claims = created.json().get("claims");
        assertThat(claims).hasSize(2);
        assertThat(claims.get(0).get("ordinal").asInt()).isEqualTo(1);
        assertThat(claims.get(0).get("text").asString()).isEqualTo("Prices rose 3% in May.");
        assertThat(claims.get(0).get("start").asInt()).isZero();
        assertThat(claims.get(0).get("end").asInt()).isEqualTo(22);
        assertThat(claims.get(0).get("checkworthy").asBoolean()).isTrue();
        assertThat(claims.get(1).get("speaker").asString()).isEqualTo("Anna Berg");
        assertThat(created.json().get("publishedAt").asString()).isEqualTo("2024-06-01");
    }

    @Test
    void the_seed_article_through_the_api_has_its_25_claims() {
        String seed = DemoArticleLoader.seedText();
        var created = alice.post("/api/v1/articles", "{\"title\":\"Seed\",\"text\":" + quote(seed) + "}");

        assertThat(created.json().get("claims")).hasSize(25);
    }

    @Test
    void bad_pastes_get_a_reason_and_store_nothing() {
        long before = articles();

        assertThat(alice.post("/api/v1/articles", "{\"title\":\"Empty\",\"text\":\"   \"}").json().get("detail")
                .asString()).contains("no text");
        assertThat(alice.post("/api/v1/articles", "{\"text\":" + quote("a".repeat(1_048_577)) + "}").json()
                .get("detail").asString()).contains("limit");
        assertThat(alice.post("/api/v1/articles", "{\"text\":\"bell\\u0007 text\"}").json().get("detail")
                .asString()).contains("control characters");
        assertThat(alice.post("/api/v1/articles", "{\"text\":\"Fine.\",\"publishedAt\":\"yesterday\"}").status())
                .isEqualTo(400);
        assertThat(alice.post("/api/v1/articles", "{\"text\": ").status()).isEqualTo(400);
        assertThat(articles()).isEqualTo(before);
    }

    @Test
    void text_markdown_and_html_files_import() throws IOException {
        var txt = upload("story.txt", "Headline here\n\nThe vote was 52 to 48. It passed.".getBytes(StandardCharsets.UTF_8));
        var md = upload("story.md", "# Big news\n\nThe **council** voted *yes*. See [the minutes](http://x.example).".getBytes(StandardCharsets.UTF_8));
        var html = upload("wire.html", page("wire-service.html"));

        assertThat(txt.status()).isEqualTo(201);
        assertThat(txt.json().get("title").asString()).isEqualTo("Headline here");
        assertThat(md.json().get("text").asString()).contains("Big news").contains("The council voted yes.")
                .doesNotContain("**");
        assertThat(html.json().get("title").asString()).isEqualTo("Senate passes stopgap funding bill, averting shutdown");
        assertThat(html.json().get("text").asString()).doesNotContain("Share on Facebook");
        assertThat(html.json().get("importMethod").asString()).isEqualTo("FILE");
    }

    @Test
    void bad_files_get_a_reason_and_store_nothing() throws IOException {
        long before = articles();

        assertThat(upload("a.txt", new byte[] {'a', (byte) 0x81, (byte) 0x8D}).json().get("detail").asString())
                .contains("neither UTF-8 nor Windows-1252");
        assertThat(upload("a.txt", new byte[] {'a', 0, 'b'}).json().get("detail").asString()).contains("binary");
        assertThat(upload("a.pdf", "%PDF-1.7".getBytes()).json().get("detail").asString()).contains(".txt, .md and .html");
        assertThat(upload("a.txt", new byte[0]).json().get("detail").asString()).contains("empty");
        assertThat(upload("nothing.html", page("no-text.html")).json().get("detail").asString()).contains("no article text");
        assertThat(upload("huge.html", new byte[6 * 1024 * 1024]).status()).isBetween(400, 499);
        assertThat(articles()).isEqualTo(before);
    }

    @Test
    void a_page_served_over_http_imports_with_the_metadata_it_declares() throws IOException {
        try (LocalWebServer web = new LocalWebServer()
                .serve("/story", 200, "text/html; charset=utf-8", corpusPage("aclu"))
                .serve("/moved", 301, null, "/story".getBytes())) {
            var imported = alice.post("/api/v1/articles/import-url", "{\"url\":\"" + web.url("/moved") + "\"}");

            assertThat(imported.status()).as(imported.body()).isEqualTo(201);
            JsonNode article = imported.json();
            assertThat(article.get("title").asString()).isEqualTo("Facebook Is Tracking Me Even Though I’m Not on Facebook");
            assertThat(article.get("author").asString()).isEqualTo("Daniel Kahn Gillmor");
            assertThat(article.get("publisher").asString()).isEqualTo("American Civil Liberties Union");
            assertThat(article.get("publishedAt").asString()).isEqualTo("2018-04-05");
            assertThat(article.get("language").asString()).isEqualTo("en");
            assertThat(article.get("sourceUrl").asString()).isEqualTo("https://www.aclu.org/blog/privacy-technology/"
                    + "internet-privacy/facebook-tracking-me-even-though-im-not-facebook");
            assertThat(article.get("importMethod").asString()).isEqualTo("URL");
            assertThat(article.get("text").asString()).contains("I don't use Facebook.");
        }
    }

    @Test
    void a_saved_page_file_imports_with_its_metadata() throws IOException {
        var imported = upload("zimbabwe.html", corpusPage("telegraph"));

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().get("publisher").asString()).isEqualTo("The Telegraph");
        assertThat(imported.json().get("publishedAt").asString()).isEqualTo("2017-11-16");
        assertThat(imported.json().get("sourceUrl").asString()).startsWith("http://www.telegraph.co.uk/news/2017/11/16/");
        assertThat(imported.json().get("text").asString()).startsWith("Zimbabwe coup: Robert Mugabe and wife Grace");
    }

    @Test
    void bad_addresses_get_a_reason_and_store_nothing() throws IOException {
        long before = articles();
        try (LocalWebServer web = new LocalWebServer()
                .serve("/gone", 404, "text/html", "<p>Not found</p>".getBytes())
                .serve("/pdf", 200, "application/pdf", "%PDF".getBytes())
                .serve("/big", 200, "text/html", new byte[5 * 1024 * 1024 + 10])) {
            assertThat(importUrl(web.url("/gone"))).contains("HTTP 404");
            assertThat(importUrl(web.url("/pdf"))).contains("application/pdf");
            assertThat(importUrl(web.url("/big"))).contains("larger than 5 MB");
            assertThat(importUrl("http://127.0.0.1:9/closed")).contains("could not be reached");
            assertThat(importUrl("javascript:alert(1)")).contains("http:// or https://");
            assertThat(importUrl("http://no-such-host.invalid/")).contains("could not be found");
        }
        assertThat(articles()).isEqualTo(before);
    }

    @Test
    void full_text_search_finds_articles_by_words_in_their_text() {
        alice.post("/api/v1/articles", "{\"title\":\"Glaciers\",\"text\":\"The glaciers of Patagonia retreated 40 metres.\"}");

        JsonNode found = alice.get("/api/v1/articles?q=glacier+patagonia").json();
        JsonNode none = alice.get("/api/v1/articles?q=xylophone").json();

        assertThat(found.get("items").get(0).get("title").asString()).isEqualTo("Glaciers");
        assertThat(found.get("items").get(0).get("claims").asInt()).isEqualTo(1);
        assertThat(none.get("total").asInt()).isZero();
        assertThat(alice.get("/api/v1/articles?size=1000").status()).isEqualTo(400);
    }

    @Test
    void the_list_filters_by_who_imported_an_article() {
        ApiClient bob = ApiClient.anonymous(port).withTokenOf("bob", IntegrationTest.DEMO_PASSWORD);
        bob.post("/api/v1/articles", "{\"title\":\"Bob's pick\",\"text\":\"Ferries carried 2 million people.\"}");

        JsonNode bobs = alice.get("/api/v1/articles?importedBy=bob&size=100").json();
        JsonNode bobsFerries = alice.get("/api/v1/articles?q=ferries&importedBy=bob").json();
        JsonNode alicesFerries = alice.get("/api/v1/articles?q=ferries&importedBy=alice").json();

        assertThat(bobs.get("items").valueStream().map(i -> i.get("importedBy").asString())).containsOnly("bob");
        assertThat(bobs.get("total").asInt()).isEqualTo(bobs.get("items").size());
        assertThat(bobsFerries.get("items").get(0).get("title").asString()).isEqualTo("Bob's pick");
        assertThat(alicesFerries.get("total").asInt()).isZero();
    }

    private String importUrl(String url) {
        var response = alice.post("/api/v1/articles/import-url", "{\"url\":\"" + url + "\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        return response.json().get("detail").asString();
    }

    private ApiClient.Response upload(String filename, byte[] content) throws IOException {
        String boundary = "----claimdesk-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return alice.send("POST", "/api/v1/articles/import-file", "multipart/form-data; boundary=" + boundary,
                body.toByteArray());
    }

    private byte[] page(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("pages/" + name)) {
            return in.readAllBytes();
        }
    }

    private byte[] corpusPage(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("corpus/" + name + ".html")) {
            return in.readAllBytes();
        }
    }

    private static String quote(String s) {
        return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(s);
    }
}
