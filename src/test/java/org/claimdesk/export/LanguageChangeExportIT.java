package org.claimdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.claimdesk.ApiClient;
import org.claimdesk.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a language change replaced is in the JSON export, and a restore brings it back: nothing is lost. Alice
 * imports a Spanish text as English and names a speaker; Erin, an editor, sets the language to Spanish.
 */
@IntegrationTest
class LanguageChangeExportIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String SPANISH = "Según el Lic. Pérez, el gasto subió un 4 %. El Dpto. Comercial lo negó.";

    @LocalServerPort
    int port;

    ApiClient alice;
    ApiClient erin;
    ApiClient admin;
    long article;

    @BeforeEach
    void importedAsEnglishThenSetToSpanish() {
        ApiClient anonymous = ApiClient.anonymous(port);
        alice = anonymous.withTokenOf("alice", IntegrationTest.DEMO_PASSWORD);
        erin = anonymous.withTokenOf("erin", IntegrationTest.DEMO_PASSWORD);
        admin = anonymous.withTokenOf(IntegrationTest.ADMIN, IntegrationTest.ADMIN_PASSWORD);
        var created = alice.post("/api/v1/articles", "{\"title\":\"Gasto\",\"language\":\"en\",\"text\":\"" + SPANISH + "\"}");
        article = created.json().get("id").asLong();
        long first = created.json().get("claims").get(0).get("id").asLong();
        alice.put("/api/v1/claims/" + first + "/speaker", "{\"speaker\":\"Lic. Pérez\"}");
        // an editor, not the importer: the claims of the new split are hers
        var changed = erin.send("PATCH", "/api/v1/articles/" + article, "application/json",
                "{\"language\":\"es\"}".getBytes());
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }

    private JsonNode export(long id) {
        var export = alice.get("/api/v1/articles/" + id + "/export?format=json");
        assertThat(export.status()).as(export.body()).isEqualTo(200);
        return export.json();
    }

    @Test
    void the_export_holds_the_retired_claims_with_their_edits_and_the_language_change_that_retired_them() {
        JsonNode doc = export(article);

        assertThat(doc.get("article").get("language").asString()).isEqualTo("es");
        assertThat(doc.get("claims")).hasSize(2);
        JsonNode retired = doc.get("retiredClaims");
        assertThat(retired.valueStream().map(r -> r.get("text").asString())).contains("Según el Lic.", "El Dpto.");
        assertThat(retired.valueStream().map(r -> r.get("retiredBy").asString())).containsOnly("erin");
        JsonNode first = retired.valueStream().filter(r -> r.get("text").asString().equals("Según el Lic."))
                .findFirst().orElseThrow();
        assertThat(first.get("history").valueStream().map(h -> h.get("action").asString()))
                .containsExactly("CREATED", "SPEAKER_SET", "RETIRED");
        JsonNode change = doc.get("languageChanges").get(0);
        assertThat(change.get("from").asString()).isEqualTo("en");
        assertThat(change.get("to").asString()).isEqualTo("es");
        assertThat(change.get("who").asString()).isEqualTo("erin");
        assertThat(doc.get("claims").get(0).get("history").get(0).get("who").asString()).isEqualTo("erin");
        assertThat(change.get("retiredClaims").valueStream().map(JsonNode::asLong).toList())
                .containsExactlyInAnyOrderElementsOf(retired.valueStream().map(r -> r.get("id").asLong()).toList());
    }

    @Test
    void a_restore_keeps_the_language_the_retired_claims_and_the_change_and_exports_again_identically() {
        JsonNode doc = export(article);

        var restored = admin.post("/api/v1/imports", doc.toString());
        assertThat(restored.status()).as(restored.body()).isEqualTo(201);
        JsonNode again = export(restored.json().get("id").asLong());

        assertThat(again.get("article").get("language").asString()).isEqualTo("es");
        assertThat(RestoredCopy.comparable(again)).isEqualTo(RestoredCopy.comparable(doc));
        List<Long> retiredIds = again.get("retiredClaims").valueStream().map(r -> r.get("id").asLong()).toList();
        assertThat(again.get("languageChanges").get(0).get("retiredClaims").valueStream().map(JsonNode::asLong)
                .toList()).containsExactlyInAnyOrderElementsOf(retiredIds);
    }

    @Test
    void a_restore_refuses_a_language_change_by_someone_without_an_account_and_stores_nothing() {
        ObjectNode doc = (ObjectNode) export(article);
        ((ObjectNode) doc.get("languageChanges").get(0)).put("who", "mallory");
        long before = alice.get("/api/v1/articles?size=1").json().get("total").asLong();

        var refused = admin.post("/api/v1/imports", doc.toString());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asString()).contains("mallory");
        assertThat(alice.get("/api/v1/articles?size=1").json().get("total").asLong()).isEqualTo(before);
    }
}
