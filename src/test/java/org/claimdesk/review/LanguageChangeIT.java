package org.claimdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.claimdesk.ApiClient;
import org.claimdesk.IntegrationTest;
import org.claimdesk.article.ArticleLanguageService;
import org.claimdesk.article.LanguageChange;
import org.claimdesk.security.SystemActor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Changing an article's language splits its claims again by that language's rules, until a verdict exists. */
@IntegrationTest
class LanguageChangeIT {

    /** Spanish abbreviations ("Lic.", "Dpto.", "pág.") that English rules take for sentence ends. */
    static final String SPANISH = "Según el Lic. Pérez, el gasto de EE. UU. subió un 4 %. El Dpto. Comercial lo negó. "
            + "El informe (pág. 12) dice que el paro bajó.";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ArticleLanguageService languages;

    ApiClient alice;
    ApiClient bob;
    ApiClient erin;

    @BeforeEach
    void signIn() {
        ApiClient anonymous = ApiClient.anonymous(port);
        alice = anonymous.withTokenOf("alice", IntegrationTest.DEMO_PASSWORD);
        bob = anonymous.withTokenOf("bob", IntegrationTest.DEMO_PASSWORD);
        erin = anonymous.withTokenOf("erin", IntegrationTest.DEMO_PASSWORD);
    }

    /** Alice imports the Spanish text declared as English. */
    private JsonNode importedAsEnglish() {
        var created = alice.post("/api/v1/articles", "{\"title\":\"Gasto\",\"language\":\"en\",\"text\":\"" + SPANISH + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private static List<String> texts(JsonNode article) {
        return article.get("claims").valueStream().map(c -> c.get("text").asString()).toList();
    }

    private static List<Long> ids(JsonNode article) {
        return article.get("claims").valueStream().map(c -> c.get("id").asLong()).toList();
    }

    private static String language(String code) {
        return "{\"language\":\"" + code + "\"}";
    }

    @Test
    void a_spanish_article_imported_as_english_splits_correctly_once_set_to_spanish_and_its_old_claims_are_retired() {
        JsonNode english = importedAsEnglish();
        long article = english.get("id").asLong();
        List<Long> old = ids(english);
        assertThat(texts(english)).hasSize(6).contains("Según el Lic.", "El Dpto.");

        var changed = alice.send("PATCH", "/api/v1/articles/" + article, "application/json", language("es").getBytes());

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        JsonNode spanish = changed.json();
        assertThat(spanish.get("language").asString()).isEqualTo("es");
        assertThat(texts(spanish)).containsExactly("Según el Lic. Pérez, el gasto de EE. UU. subió un 4 %.",
                "El Dpto. Comercial lo negó.", "El informe (pág. 12) dice que el paro bajó.");
        assertThat(spanish.get("claims").get(0).get("speaker").asString()).isEqualTo("Lic. Pérez");
        assertThat(ids(spanish)).doesNotContainAnyElementsOf(old);
        assertThat(texts(alice.get("/api/v1/articles/" + article).json())).hasSize(3);
        assertThat(alice.get("/api/v1/claims/" + old.getFirst()).status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from claim where article_id = ? and retired_by = 'alice'",
                Long.class, article)).isEqualTo(6);
    }

    @Test
    void the_history_records_who_changed_the_language_from_what_to_what_and_the_claims_retired_and_created() {
        JsonNode english = importedAsEnglish();
        long article = english.get("id").asLong();

        JsonNode spanish = erin.send("PATCH", "/api/v1/articles/" + article, "application/json",
                language("es").getBytes()).json();

        List<LanguageChange> changes = SystemActor.call(() -> languages.changes(article));
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.actor()).isEqualTo("erin");
            assertThat(c.before()).isEqualTo("en");
            assertThat(c.after()).isEqualTo("es");
            assertThat(c.retiredClaims()).containsExactlyInAnyOrderElementsOf(ids(english));
            assertThat(c.createdClaims()).containsExactlyInAnyOrderElementsOf(ids(spanish));
        });
        assertThat(jdbc.queryForList("select action from claim_history where claim_id = ? order by claim_history_id",
                String.class, ids(english).getFirst())).containsExactly("CREATED", "RETIRED");
        assertThat(jdbc.queryForObject("select count(*) from claim_history where article_id = ? and action = 'CREATED'"
                + " and actor = 'erin'", Long.class, article)).isEqualTo(3);
    }

    @Test
    void the_new_language_decides_search_and_the_matching_index_holds_only_the_new_claims() {
        JsonNode english = importedAsEnglish();
        long article = english.get("id").asLong();
        assertThat(alice.get("/api/v1/articles?q=negaron").json().get("items").valueStream()
                .map(i -> i.get("id").asLong())).doesNotContain(article);

        JsonNode spanish = alice.send("PATCH", "/api/v1/articles/" + article, "application/json",
                language("es").getBytes()).json();

        assertThat(alice.get("/api/v1/articles?q=negaron").json().get("items").valueStream()
                .map(i -> i.get("id").asLong())).contains(article);
        assertThat(jdbc.queryForList("select claim_id from claim_match where article_id = ?", Long.class, article))
                .containsExactlyInAnyOrderElementsOf(ids(spanish));
        assertThat(jdbc.queryForList("select distinct config::text from claim_match where article_id = ?", String.class,
                article)).containsExactly("spanish");
    }

    @Test
    void once_a_verdict_exists_the_language_cannot_change_and_the_claims_stay() {
        JsonNode english = importedAsEnglish();
        long article = english.get("id").asLong();
        assertThat(alice.post("/api/v1/claims/" + ids(english).getFirst() + "/verdicts",
                "{\"verdict\":\"NOT_CHECKABLE\",\"rationale\":\"A fragment.\",\"sources\":[]}").status()).isEqualTo(201);

        var refused = erin.send("PATCH", "/api/v1/articles/" + article, "application/json", language("es").getBytes());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("verdicts");
        JsonNode now = alice.get("/api/v1/articles/" + article).json();
        assertThat(now.get("language").asString()).isEqualTo("en");
        assertThat(ids(now)).isEqualTo(ids(english));
    }

    @Test
    void an_unknown_language_code_is_a_bad_request_and_nothing_changes() {
        JsonNode english = importedAsEnglish();
        long article = english.get("id").asLong();

        var unknown = alice.send("PATCH", "/api/v1/articles/" + article, "application/json", language("xx").getBytes());
        var word = alice.send("PATCH", "/api/v1/articles/" + article, "application/json", language("spanish").getBytes());

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("detail").asString()).contains("ISO 639-1");
        assertThat(word.status()).isEqualTo(400);
        assertThat(ids(alice.get("/api/v1/articles/" + article).json())).isEqualTo(ids(english));
    }

    @Test
    void a_reviewer_may_change_only_the_articles_they_imported() {
        JsonNode english = importedAsEnglish();
        long article = english.get("id").asLong();

        var byBob = bob.send("PATCH", "/api/v1/articles/" + article, "application/json", language("es").getBytes());

        assertThat(byBob.status()).isEqualTo(403);
        assertThat(ids(alice.get("/api/v1/articles/" + article).json())).isEqualTo(ids(english));
    }

    @Test
    void setting_the_language_an_article_already_has_splits_nothing_again() {
        JsonNode english = importedAsEnglish();
        long article = english.get("id").asLong();

        var same = alice.send("PATCH", "/api/v1/articles/" + article, "application/json", language("EN").getBytes());

        assertThat(same.status()).isEqualTo(200);
        assertThat(ids(same.json())).isEqualTo(ids(english));
        assertThat(SystemActor.call(() -> languages.changes(article))).isEmpty();
    }
}
