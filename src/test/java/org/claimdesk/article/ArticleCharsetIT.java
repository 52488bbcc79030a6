package org.claimdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.claimdesk.ApiClient;
import org.claimdesk.IntegrationTest;
import org.claimdesk.LocalWebServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Pages in Latin-1 and Windows-1252 import with the right letters; undecodable ones are refused, nothing stored. */
@IntegrationTest
class ArticleCharsetIT {

    static final String SPANISH = "<p>La elección del próximo año, según el ministro García, costará 3 millones "
            + "de pesos, dijo el lunes la comisión.</p><p>«Es una decisión difícil», añadió.</p>";

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
    void a_latin1_page_that_declares_its_charset_imports_with_its_accented_letters() throws IOException {
        byte[] page = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'>"
                + "<title>Elecciones</title></head><body><article>" + SPANISH + "</article></body></html>")
                .getBytes(StandardCharsets.ISO_8859_1);

        var imported = upload("elecciones.html", page);

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().get("text").asString())
                .contains("La elección del próximo año, según el ministro García", "«Es una decisión difícil»")
                .doesNotContain("\uFFFD");
        assertThat(imported.json().get("language").asString()).isEqualTo("es");
    }

    @Test
    void a_windows_1252_page_without_a_declaration_is_recognised_by_its_bytes() throws IOException {
        String html = "<html><body><article><p>The minister said: “It’s a fair price — about €3 million.”</p>"
                + "<p>Critics, who were not consulted, disagreed on Monday.</p></article></body></html>";

        var imported = upload("undeclared.html", html.getBytes(Charset.forName("windows-1252")));

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().get("text").asString()).contains("“It’s a fair price — about €3 million.”");
    }

    @Test
    void a_page_served_with_a_latin1_content_type_imports_with_its_accented_letters() throws IOException {
        byte[] page = ("<html><body><article>" + SPANISH + "</article></body></html>")
                .getBytes(StandardCharsets.ISO_8859_1);
        try (LocalWebServer web = new LocalWebServer().serve("/nota", 200, "text/html; charset=ISO-8859-1", page)) {
            var imported = alice.post("/api/v1/articles/import-url", "{\"url\":\"" + web.url("/nota") + "\"}");

            assertThat(imported.status()).as(imported.body()).isEqualTo(201);
            assertThat(imported.json().get("text").asString()).contains("La elección del próximo año");
        }
    }

    @Test
    void undecodable_pages_are_refused_with_a_reason_and_nothing_is_stored() throws IOException {
        long articlesBefore = articles();
        long claimsBefore = jdbc.queryForObject("select count(*) from claim", Long.class);
        byte[] latinButDeclaredUtf8 = ("<html><head><meta charset='utf-8'></head><body><article>" + SPANISH
                + "</article></body></html>").getBytes(StandardCharsets.ISO_8859_1);
        byte[] neitherUtf8NorWindows1252 = {'<', 'p', '>', 'a', (byte) 0x81, (byte) 0x8D, (byte) 0xE9};

        var declared = upload("wrong.html", latinButDeclaredUtf8);
        var unknown = upload("bytes.html", neitherUtf8NorWindows1252);
        String served;
        try (LocalWebServer web = new LocalWebServer()
                .serve("/bad", 200, "text/html; charset=utf-8", latinButDeclaredUtf8)) {
            var response = alice.post("/api/v1/articles/import-url", "{\"url\":\"" + web.url("/bad") + "\"}");
            assertThat(response.status()).isEqualTo(400);
            served = response.json().get("detail").asString();
        }

        assertThat(declared.status()).isEqualTo(400);
        assertThat(declared.json().get("detail").asString()).contains("cannot be decoded", "UTF-8");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("detail").asString()).contains("neither UTF-8 nor Windows-1252");
        assertThat(served).contains("cannot be decoded");
        assertThat(articles()).isEqualTo(articlesBefore);
        assertThat(jdbc.queryForObject("select count(*) from claim", Long.class)).isEqualTo(claimsBefore);
    }

    @Test
    void a_source_url_that_is_not_a_web_address_is_refused_on_every_path() {
        long before = articles();

        var pasted = alice.post("/api/v1/articles", """
                {"title":"X","text":"The vote passed 7-2.","sourceUrl":"javascript:alert(1)"}""");

        assertThat(pasted.status()).isEqualTo(400);
        assertThat(pasted.json().get("detail").asString()).contains("http:// or https://");
        assertThat(articles()).isEqualTo(before);
    }

    @Test
    void a_pages_non_web_canonical_link_is_ignored_not_stored() throws IOException {
        byte[] page = ("<html><head><link rel='canonical' href='javascript:alert(1)'></head><body><article>"
                + SPANISH + "</article></body></html>").getBytes(StandardCharsets.UTF_8);

        var imported = upload("canonical.html", page);

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().get("sourceUrl").isNull()).isTrue();
    }

    private ApiClient.Response upload(String filename, byte[] content) throws IOException {
        String boundary = "----claimdesk-charset-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return alice.send("POST", "/api/v1/articles/import-file", "multipart/form-data; boundary=" + boundary,
                body.toByteArray());
    }
}
