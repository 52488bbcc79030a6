package org.claimdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.claimdesk.ApiClient;
import org.claimdesk.EditedStory;
import org.claimdesk.IntegrationTest;
import org.claimdesk.LocalWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An article re-checked after its site edited it (one sentence edited, one removed, one added) exports every text it
 * had, and restores with them: the claim whose sentence is gone still points into the text it was reviewed on.
 */
@IntegrationTest
class RecheckedArticleRestoreIT {

    @LocalServerPort
    int port;

    ApiClient alice;
    ApiClient erin;
    ApiClient admin;
    LocalWebServer web;
    long article;

    @BeforeEach
    void reviewedThenRechecked() throws IOException {
        ApiClient anonymous = ApiClient.anonymous(port);
        alice = anonymous.withTokenOf("alice", IntegrationTest.DEMO_PASSWORD);
        erin = anonymous.withTokenOf("erin", IntegrationTest.DEMO_PASSWORD);
        admin = anonymous.withTokenOf(IntegrationTest.ADMIN, IntegrationTest.ADMIN_PASSWORD);
        web = new LocalWebServer();
        web.serve("/budget", 200, "text/html; charset=utf-8", EditedStory.version1());
        JsonNode imported = alice.post("/api/v1/articles/import-url", "{\"url\":\"" + web.url("/budget") + "\"}").json();
        article = imported.get("id").asLong();
        for (JsonNode claim : imported.get("claims")) {
            var given = alice.post("/api/v1/claims/" + claim.get("id").asLong() + "/verdicts", "{\"verdict\":"
                    + "\"supported\",\"rationale\":\"Council minutes.\",\"sources\":[{\"url\":\"https://council.example.org/"
                    + "minutes\",\"title\":\"Minutes\",\"quote\":\"Approved.\",\"stance\":\"supports\"}]}");
            assertThat(given.status()).as(given.body()).isEqualTo(201);
        }
        web.replace("/budget", 200, "text/html; charset=utf-8", EditedStory.version2());
        var recheck = erin.post("/api/v1/articles/" + article + "/recheck", "");
        assertThat(recheck.status()).as(recheck.body()).isEqualTo(200);
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private JsonNode export(long id) {
        var export = erin.get("/api/v1/articles/" + id + "/export?format=json");
        assertThat(export.status()).as(export.body()).isEqualTo(200);
        return export.json();
    }

    @Test
    void the_export_holds_both_texts_and_the_claim_of_the_removed_sentence_points_into_the_first() {
        JsonNode doc = export(article);

        JsonNode revisions = doc.get("revisions");
        assertThat(revisions).hasSize(2);
        assertThat(revisions.get(0).get("text").asString()).contains(EditedStory.REMOVED);
        assertThat(revisions.get(1).get("text").asString()).isEqualTo(doc.get("article").get("text").asString())
                .contains(EditedStory.ADDED);
        assertThat(revisions.get(1).get("fetchedBy").asString()).isEqualTo("erin");
        JsonNode removed = doc.get("claims").valueStream()
                .filter(c -> c.get("text").asString().equals(EditedStory.REMOVED)).findFirst().orElseThrow();
        assertThat(removed.get("revision").asInt()).isEqualTo(1);
        assertThat(removed.get("stale").get("reason").asString()).isEqualTo("REMOVED");
    }

    @Test
    void a_restore_keeps_every_text_the_stale_marks_and_where_each_claim_points_and_exports_again_identically() {
        JsonNode doc = export(article);

        var restored = admin.post("/api/v1/imports", doc.toString());
        assertThat(restored.status()).as(restored.body()).isEqualTo(201);
        JsonNode again = export(restored.json().get("id").asLong());

        assertThat(RestoredCopy.comparable(again)).isEqualTo(RestoredCopy.comparable(doc));
        assertThat(again.get("claims").valueStream().map(c -> c.get("revision").asInt()).distinct())
                .containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void a_restore_refuses_a_last_revision_that_is_not_the_article_text_and_stores_nothing() {
        ObjectNode doc = (ObjectNode) export(article);
        ((ObjectNode) doc.get("revisions").get(1)).put("text", "Something else entirely.");
        long before = erin.get("/api/v1/articles?size=1").json().get("total").asLong();

        var refused = admin.post("/api/v1/imports", doc.toString());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asString()).contains("last article revision");
        assertThat(erin.get("/api/v1/articles?size=1").json().get("total").asLong()).isEqualTo(before);
    }
}
