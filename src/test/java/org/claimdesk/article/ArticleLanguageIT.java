package org.claimdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimdesk.ApiClient;
import org.claimdesk.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Each article has a language, given or detected, and is searched with that language's word forms. */
@IntegrationTest
class ArticleLanguageIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient alice;

    @BeforeEach
    void signIn() {
        alice = ApiClient.anonymous(port).withTokenOf("alice", IntegrationTest.DEMO_PASSWORD);
    }

    @Test
    void an_article_without_a_language_gets_the_one_its_text_is_written_in() {
        var created = alice.post("/api/v1/articles", """
                {"title":"Wahl","text":"Die Bundesregierung hat am Mittwoch beschlossen, die Steuern im kommenden \
                Jahr zu senken. Der Finanzminister sagte, die Entlastung koste den Haushalt drei Milliarden Euro."}""");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("language").asString()).isEqualTo("de");
        assertThat(jdbc.queryForObject("select language from article where article_id = ?", String.class,
                created.json().get("id").asLong())).isEqualTo("de");
    }

    @Test
    void a_given_language_is_kept_and_answered() {
        var created = alice.post("/api/v1/articles", """
                {"title":"Short","text":"Ok.","language":"PT"}""");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("language").asString()).isEqualTo("pt");
        assertThat(alice.get("/api/v1/articles/" + created.json().get("id").asLong()).json().get("language")
                .asString()).isEqualTo("pt");
    }

    @Test
    void a_language_that_is_not_an_iso_639_1_code_is_refused_and_nothing_is_stored() {
        long before = jdbc.queryForObject("select count(*) from article", Long.class);

        var english = alice.post("/api/v1/articles", "{\"text\":\"The vote passed.\",\"language\":\"english\"}");
        var unknown = alice.post("/api/v1/articles", "{\"text\":\"The vote passed.\",\"language\":\"xx\"}");

        assertThat(english.status()).isEqualTo(400);
        assertThat(english.json().get("detail").asString()).contains("ISO 639-1");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("select count(*) from article", Long.class)).isEqualTo(before);
    }

    @Test
    void a_spanish_article_is_found_by_an_inflected_form_of_its_words() {
        var created = alice.post("/api/v1/articles", """
                {"title":"Tribunal electoral","text":"El tribunal confirmó la fecha de la elección presidencial, \
                dijo el ministro García.","language":"es"}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        JsonNode found = alice.get("/api/v1/articles?q=elecciones").json();

        assertThat(found.get("items").valueStream().map(i -> i.get("title").asString()))
                .contains("Tribunal electoral");
    }

    @Test
    void a_german_article_is_searched_with_german_word_forms_not_english_ones() {
        alice.post("/api/v1/articles", """
                {"title":"Haushalt","text":"Die Regierung senkte die Steuern für Familien mit Kindern.","language":"de"}""");

        JsonNode byGermanPlural = alice.get("/api/v1/articles?q=Familie").json();

        assertThat(byGermanPlural.get("items").valueStream().map(i -> i.get("title").asString())).contains("Haushalt");
    }
}
