package org.claimdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimdesk.ApiClient;
import org.claimdesk.IntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A claim with a speaker gets two answers: did they say it, and is it accurate; both travel everywhere. */
@IntegrationTest
class AttributionIT {

    static final String SOURCE = "[{\"url\":\"https://records.example.org/t\",\"title\":\"Transcript\",\"stance\":\"refutes\"}]";

    @LocalServerPort
    int port;

    ApiClient alice;
    ApiClient erin;
    long article;
    long quoted;
    long unattributed;

    @BeforeEach
    void article() {
        ApiClient anonymous = ApiClient.anonymous(port);
        alice = anonymous.withTokenOf("alice", IntegrationTest.DEMO_PASSWORD);
        erin = anonymous.withTokenOf("erin", IntegrationTest.DEMO_PASSWORD);
        JsonNode created = erin.post("/api/v1/articles", "{\"title\":\"Quotes\",\"text\":"
                + "\"Mayor Jane Roe said crime fell 20% in 2025. The budget doubled in 2024.\"}").json();
        article = created.get("id").asLong();
        quoted = created.get("claims").get(0).get("id").asLong();
        unattributed = created.get("claims").get(1).get("id").asLong();
        assertThat(created.get("claims").get(0).get("speaker").asString()).isEqualTo("Mayor Jane Roe");
        assertThat(created.get("claims").get(1).get("speaker").isNull()).isTrue();
    }

    ApiClient.Response verdict(ApiClient who, String path, long claim, String attribution) {
        return who.post("/api/v1/claims/" + claim + path, "{\"verdict\":\"disputed\",\"rationale\":\"The transcript"
                + " differs.\",\"sources\":" + SOURCE + (attribution == null ? "" : ",\"attribution\":\"" + attribution + "\"") + "}");
    }

    @Test
    void a_verdict_and_a_decision_carry_the_attribution_into_history_and_the_review() {
        ApiClient.Response submitted = verdict(alice, "/verdicts", quoted, "misquoted");

        assertThat(submitted.status()).isEqualTo(201);
        assertThat(submitted.json().get("attribution").asString()).isEqualTo("MISQUOTED");
        JsonNode decided = verdict(erin, "/decision", quoted, "OUT_OF_CONTEXT").json();
        assertThat(decided.get("attribution").asString()).isEqualTo("OUT_OF_CONTEXT");
        JsonNode review = erin.get("/api/v1/claims/" + quoted).json();
        assertThat(review.get("decision").get("attribution").asString()).isEqualTo("OUT_OF_CONTEXT");
        assertThat(review.get("verdicts").get(0).get("attribution").asString()).isEqualTo("MISQUOTED");
        assertThat(erin.get("/api/v1/claims/" + quoted + "/history").body())
                .contains("\"attribution\":\"MISQUOTED\"").contains("\"attribution\":\"OUT_OF_CONTEXT\"");
    }

    @Test
    void an_attribution_on_a_claim_without_a_speaker_or_an_unknown_one_is_refused_and_nothing_is_stored() {
        ApiClient.Response noSpeaker = verdict(alice, "/verdicts", unattributed, "confirmed");
        ApiClient.Response unknown = verdict(alice, "/verdicts", quoted, "probably");

        assertThat(noSpeaker.status()).isEqualTo(400);
        assertThat(noSpeaker.json().get("detail").asString()).contains("no speaker");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("detail").asString()).contains("CONFIRMED, NOT_CONFIRMED, MISQUOTED");
        assertThat(alice.get("/api/v1/claims/" + unattributed).json().get("myVerdict").isNull()).isTrue();
        assertThat(alice.get("/api/v1/claims/" + quoted).json().get("myVerdict").isNull()).isTrue();
    }

    @Test
    void exports_and_the_public_page_state_the_attribution_finding_beside_the_accuracy_rating() {
        verdict(alice, "/verdicts", quoted, "misquoted");
        verdict(erin, "/decision", quoted, "misquoted");

        JsonNode claimReview = erin.get("/api/v1/articles/" + article + "/export?format=claimreview").json().get(0);
        assertThat(claimReview.get("reviewRating").get("alternateName").asString()).isEqualTo("Disputed");
        assertThat(claimReview.get("reviewBody").asString())
                .startsWith("Mayor Jane Roe was misquoted").endsWith("The transcript differs.");
        JsonNode json = erin.get("/api/v1/articles/" + article + "/export?format=json").json();
        assertThat(json.get("claims").get(0).get("decisions").get(0).get("attribution").asString()).isEqualTo("MISQUOTED");
        assertThat(erin.get("/api/v1/articles/" + article + "/export?format=markdown").body())
                .contains("- Attribution: Misquoted");
        assertThat(erin.post("/api/v1/articles/" + article + "/publish", "").status()).isEqualTo(200);
        var page = Jsoup.parse(ApiClient.anonymous(port).get("/fact-checks/" + article).body());
        assertThat(page.select(".attribution").text()).isEqualTo("Did Mayor Jane Roe say it? Misquoted — "
                + "Mayor Jane Roe was misquoted: the words differ from what was said.");
        assertThat(page.select(".verdict .label").text()).isEqualTo("Disputed");
    }

    @Test
    void a_restored_export_keeps_the_attribution_of_every_verdict_and_decision() {
        verdict(alice, "/verdicts", quoted, "misquoted");
        verdict(erin, "/decision", quoted, "out_of_context");
        ApiClient admin = ApiClient.anonymous(port).withTokenOf(IntegrationTest.ADMIN, IntegrationTest.ADMIN_PASSWORD);

        ApiClient.Response restored = admin.post("/api/v1/imports",
                erin.get("/api/v1/articles/" + article + "/export?format=json").body());

        assertThat(restored.status()).isEqualTo(201);
        JsonNode claim = erin.get("/api/v1/articles/" + restored.json().get("id").asLong() + "/export?format=json")
                .json().get("claims").get(0);
        assertThat(claim.get("verdicts").get(0).get("attribution").asString()).isEqualTo("MISQUOTED");
        assertThat(claim.get("decisions").get(0).get("attribution").asString()).isEqualTo("OUT_OF_CONTEXT");
        assertThat(erin.get("/api/v1/articles/" + restored.json().get("id").asLong() + "/export?format=json")
                .json().get("claims").get(1).get("verdicts").size()).isZero();
    }

    @Test
    void a_restore_refuses_an_attribution_that_is_unknown_or_on_a_claim_without_a_speaker() {
        verdict(alice, "/verdicts", quoted, "confirmed");
        ApiClient admin = ApiClient.anonymous(port).withTokenOf(IntegrationTest.ADMIN, IntegrationTest.ADMIN_PASSWORD);
        String export = erin.get("/api/v1/articles/" + article + "/export?format=json").body();

        ApiClient.Response unknown = admin.post("/api/v1/imports", export.replace("\"CONFIRMED\"", "\"PROBABLY\""));
        ApiClient.Response noSpeaker = admin.post("/api/v1/imports", export.replace("\"Mayor Jane Roe\"", "null"));

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("detail").asString()).contains("unknown attribution 'PROBABLY'");
        assertThat(noSpeaker.status()).isEqualTo(400);
        assertThat(noSpeaker.json().get("detail").asString()).contains("the claim has no speaker");
    }
}
