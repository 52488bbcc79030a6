package org.claimdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.claimdesk.ApiClient;
import org.claimdesk.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Reviewers correct the automatic split; every operation lands in the claim's history. */
@IntegrationTest
class ClaimEditApiIT {

    static final String TEXT = "Prices rose 3% in May, and wages fell. Rents doubled. Nobody expected it.";

    @LocalServerPort
    int port;

    ApiClient bob;
    JsonNode claims;

    @BeforeEach
    void importArticle() {
        bob = ApiClient.anonymous(port).withTokenOf("bob", IntegrationTest.DEMO_PASSWORD);
        claims = bob.post("/api/v1/articles", "{\"title\":\"Edits\",\"text\":\"" + TEXT + "\"}").json().get("claims");
    }

    long id(int index) {
        return claims.get(index).get("id").asLong();
    }

    List<String> actions(long claimId) {
        return bob.get("/api/v1/claims/" + claimId + "/history").json().valueStream()
                .map(h -> h.get("what").asString()).toList();
    }

    @Test
    void splitting_keeps_the_first_id_and_creates_a_second_claim() {
        int position = TEXT.indexOf("and wages");
        var parts = bob.post("/api/v1/claims/" + id(0) + "/split", "{\"position\":" + position + "}");

        assertThat(parts.status()).isEqualTo(201);
        assertThat(parts.json().get(0).get("id").asLong()).isEqualTo(id(0));
        assertThat(parts.json().get(0).get("text").asString()).isEqualTo("Prices rose 3% in May,");
        assertThat(parts.json().get(1).get("text").asString()).isEqualTo("and wages fell.");
        assertThat(actions(id(0))).containsExactly("CREATED", "SPLIT");
        JsonNode split = bob.get("/api/v1/claims/" + id(0) + "/history").json().get(1);
        assertThat(split.get("who").asString()).isEqualTo("bob");
        assertThat(split.get("before").get("text").asString()).isEqualTo("Prices rose 3% in May, and wages fell.");
        assertThat(split.get("after").get("text").asString()).isEqualTo("Prices rose 3% in May,");
    }

    @Test
    void merging_absorbs_the_next_claim_which_stays_in_history() {
        var merged = bob.post("/api/v1/claims/" + id(1) + "/merge-next", "");

        assertThat(merged.json().get("text").asString()).isEqualTo("Rents doubled. Nobody expected it.");
        assertThat(actions(id(2))).containsExactly("CREATED", "MERGED_INTO");
        assertThat(bob.post("/api/v1/claims/" + id(2) + "/dismiss", "").json().get("detail").asString())
                .contains("merged into claim " + id(1));
    }

    @Test
    void boundaries_move_but_never_overlap_a_neighbour() {
        int start = TEXT.indexOf("Rents");
        var adjusted = bob.put("/api/v1/claims/" + id(1) + "/boundaries",
                "{\"start\":" + start + ",\"end\":" + (start + 5) + "}");
        var overlapping = bob.put("/api/v1/claims/" + id(1) + "/boundaries",
                "{\"start\":0,\"end\":" + (start + 5) + "}");

        assertThat(adjusted.json().get("text").asString()).isEqualTo("Rents");
        assertThat(overlapping.status()).isEqualTo(400);
        assertThat(overlapping.json().get("detail").asString()).contains("overlap");
        assertThat(actions(id(1))).containsExactly("CREATED", "BOUNDARIES_ADJUSTED");
    }

    @Test
    void dismissing_restoring_and_editing_short_form_speaker_and_hint_are_all_history() {
        bob.post("/api/v1/claims/" + id(2) + "/dismiss", "");
        bob.post("/api/v1/claims/" + id(2) + "/restore", "");
        bob.put("/api/v1/claims/" + id(2) + "/short-form", "{\"shortForm\":\"No one expected rents to double\"}");
        bob.put("/api/v1/claims/" + id(2) + "/speaker", "{\"speaker\":\"The ministry\"}");
        var hint = bob.put("/api/v1/claims/" + id(2) + "/checkworthiness", "{\"checkworthiness\":\"opinion\"}");

        assertThat(hint.json().get("checkworthiness").asString()).isEqualTo("OPINION");
        assertThat(hint.json().get("checkworthinessReason").asString()).isEqualTo("Set by bob");
        assertThat(hint.json().get("shortForm").asString()).isEqualTo("No one expected rents to double");
        assertThat(actions(id(2))).containsExactly("CREATED", "DISMISSED", "RESTORED", "SHORT_FORM_EDITED",
                "SPEAKER_SET", "CHECKWORTHINESS_SET");
    }

    @Test
    void impossible_edits_answer_400_or_404_with_a_reason() {
        assertThat(bob.post("/api/v1/claims/" + id(0) + "/split", "{\"position\":0}").status()).isEqualTo(400);
        assertThat(bob.post("/api/v1/claims/" + id(0) + "/split", "{}").json().get("detail").asString())
                .contains("'position' is required");
        assertThat(bob.post("/api/v1/claims/" + id(2) + "/merge-next", "").json().get("detail").asString())
                .contains("last claim");
        assertThat(bob.put("/api/v1/claims/" + id(0) + "/checkworthiness", "{\"checkworthiness\":\"maybe\"}")
                .status()).isEqualTo(400);
        assertThat(bob.get("/api/v1/claims/987654321").status()).isEqualTo(404);
        assertThat(bob.get("/api/v1/claims/not-a-number").status()).isEqualTo(400);
    }
}
