package org.claimdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.claimdesk.ApiClient;
import org.claimdesk.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ReviewApiIT {

    static final String SOURCE = "{\"url\":\"https://stats.example.org/cpi\",\"title\":\"CPI release\","
            + "\"quote\":\"Prices rose 2.9%.\",\"stance\":\"refutes\"}";

    @LocalServerPort
    int port;

    ApiClient alice;
    ApiClient bob;
    ApiClient erin;
    long claim;
    long article;

    @BeforeEach
    void freshClaim() {
        ApiClient anonymous = ApiClient.anonymous(port);
        alice = anonymous.withTokenOf("alice", IntegrationTest.DEMO_PASSWORD);
        bob = anonymous.withTokenOf("bob", IntegrationTest.DEMO_PASSWORD);
        erin = anonymous.withTokenOf("erin", IntegrationTest.DEMO_PASSWORD);
        JsonNode created = erin.post("/api/v1/articles",
                "{\"title\":\"Review\",\"text\":\"Prices rose 5% last year. Wages fell.\"}").json();
        article = created.get("id").asLong();
        claim = created.get("claims").get(0).get("id").asLong();
    }

    ApiClient.Response verdict(ApiClient who, String verdict, String rationale, String sources) {
        return who.post("/api/v1/claims/" + claim + "/verdicts",
                "{\"verdict\":\"" + verdict + "\",\"rationale\":\"" + rationale + "\",\"sources\":[" + sources + "]}");
    }

    ApiClient.Response decide(String verdict, String note, Long expectedVersion) {
        return erin.post("/api/v1/claims/" + claim + "/decision", "{\"verdict\":\"" + verdict
                + "\",\"rationale\":\"Official data say 2.9%.\",\"sources\":[" + SOURCE + "]"
                + (note == null ? "" : ",\"correctionNote\":\"" + note + "\"")
                + (expectedVersion == null ? "" : ",\"expectedVersion\":" + expectedVersion) + "}");
    }

    JsonNode state(ApiClient who) {
        return who.get("/api/v1/claims/" + claim).json();
    }

    List<String> history(ApiClient who) {
        return who.get("/api/v1/claims/" + claim + "/history").json().valueStream()
                .map(e -> e.get("what").asString() + " " + e.get("who").asString()).toList();
    }

    @Test
    void a_revision_is_a_new_row_and_the_first_verdict_stays_in_history() {
        assertThat(verdict(alice, "misleading", "Cherry-picked year.", SOURCE).status()).isEqualTo(201);
        var revised = verdict(alice, "DISPUTED", "The official figure is 2.9%.", SOURCE);

        assertThat(revised.json().get("revision").asInt()).isEqualTo(2);
        assertThat(state(alice).get("myVerdict").get("verdict").asString()).isEqualTo("DISPUTED");
        JsonNode events = alice.get("/api/v1/claims/" + claim + "/history").json();
        JsonNode revision = events.valueStream().filter(e -> e.get("what").asString().equals("VERDICT_REVISED"))
                .findFirst().orElseThrow();
        assertThat(revision.get("before").get("verdict").asString()).isEqualTo("MISLEADING");
        assertThat(revision.get("after").get("rationale").asString()).isEqualTo("The official figure is 2.9%.");
        assertThat(revision.get("after").get("sources").get(0).get("url").asString()).isEqualTo("https://stats.example.org/cpi");
    }

    @Test
    void supported_disputed_and_misleading_need_a_source_and_every_verdict_a_rationale() {
        assertThat(verdict(alice, "supported", "Looks right.", "").json().get("detail").asString())
                .contains("needs at least one source");
        assertThat(verdict(alice, "not_checkable", "", "").json().get("detail").asString()).contains("rationale");
        assertThat(verdict(alice, "not_checkable", "x".repeat(5001), "").json().get("detail").asString())
                .contains("5000");
        assertThat(verdict(alice, "maybe", "Hm.", "").status()).isEqualTo(400);
        assertThat(verdict(alice, "Not Checkable", "A forecast.", "").status()).isEqualTo(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd",
            "not a url", "https://"})
    void unsafe_or_malformed_source_addresses_are_refused_with_a_message(String url) {
        var refused = verdict(alice, "disputed", "See source.", "{\"url\":\"" + url + "\",\"title\":\"t\",\"stance\":\"refutes\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asString()).startsWith("Source 1:");
    }

    @Test
    void under_blind_review_a_reviewer_sees_others_verdicts_only_after_submitting() {
        verdict(alice, "disputed", "Official data say 2.9%.", SOURCE);

        JsonNode before = state(bob);
        assertThat(before.get("verdicts")).isEmpty();
        assertThat(before.get("hiddenVerdicts").asInt()).isEqualTo(1);
        assertThat(before.get("agreement").isNull()).isTrue();
        assertThat(history(bob)).noneMatch(h -> h.endsWith("alice") && h.startsWith("VERDICT"));

        verdict(bob, "disputed", "Agree.", SOURCE);

        JsonNode after = state(bob);
        assertThat(after.get("verdicts").valueStream().map(v -> v.get("reviewer").asString())).contains("alice", "bob");
        assertThat(after.get("agreement").asString()).isEqualTo("AGREE");
        assertThat(state(erin).get("verdicts")).hasSize(2);
    }

    @Test
    void under_blind_review_a_reviewer_who_has_not_submitted_reads_no_other_reviewers_name_in_history_or_export() {
        verdict(alice, "disputed", "Official data say 2.9%.", SOURCE);

        assertThat(history(bob)).contains("STATUS_CHANGED another reviewer").noneMatch(h -> h.contains("alice"));
        assertThat(bob.get("/api/v1/articles/" + article + "/timeline").body()).doesNotContain("alice");
        assertThat(bob.get("/api/v1/articles/" + article + "/export?format=json").body()).doesNotContain("alice");
        assertThat(history(erin)).contains("STATUS_CHANGED alice");

        verdict(bob, "disputed", "Agree.", SOURCE);

        assertThat(history(bob)).contains("STATUS_CHANGED alice");
    }

    @Test
    void with_blind_review_off_reviewers_see_each_other_at_once() {
        assertThat(erin.put("/api/v1/articles/" + article + "/review-settings", "{\"blind\":false}").status()).isEqualTo(200);
        verdict(alice, "supported", "Matches the release.", SOURCE);

        assertThat(state(bob).get("verdicts").get(0).get("reviewer").asString()).isEqualTo("alice");
        assertThat(alice.put("/api/v1/articles/" + article + "/review-settings", "{\"blind\":true}").status()).isEqualTo(403);
    }

    @Test
    void a_reviewer_cannot_decide_and_cannot_change_another_reviewers_verdict() {
        verdict(alice, "disputed", "Alice's reasons.", SOURCE);
        verdict(bob, "supported", "Bob's reasons.", SOURCE);

        assertThat(bob.post("/api/v1/claims/" + claim + "/decision", "{\"verdict\":\"supported\"}").status()).isEqualTo(403);
        JsonNode alicesVerdict = state(erin).get("verdicts").valueStream()
                .filter(v -> v.get("reviewer").asString().equals("alice")).findFirst().orElseThrow();
        assertThat(alicesVerdict.get("rationale").asString()).isEqualTo("Alice's reasons.");
        assertThat(alicesVerdict.get("revision").asInt()).isEqualTo(1);
        assertThat(state(erin).get("agreement").asString()).isEqualTo("SPLIT");
    }

    @Test
    void the_status_moves_open_in_review_needs_decision_approved_and_each_move_is_history() {
        assertThat(state(erin).get("claim").get("status").asString()).isEqualTo("OPEN");
        verdict(alice, "disputed", "No.", SOURCE);
        assertThat(state(erin).get("claim").get("status").asString()).isEqualTo("IN_REVIEW");
        verdict(bob, "disputed", "No.", SOURCE);
        assertThat(state(erin).get("claim").get("status").asString()).isEqualTo("NEEDS_DECISION");
        decide("disputed", null, null);

        assertThat(state(erin).get("claim").get("status").asString()).isEqualTo("APPROVED");
        assertThat(history(erin)).containsSubsequence("CREATED erin", "VERDICT alice", "STATUS_CHANGED alice",
                "VERDICT bob", "STATUS_CHANGED bob", "DECIDED erin", "STATUS_CHANGED erin");
    }

    @Test
    void an_article_assigned_to_one_reviewer_needs_only_that_reviewers_verdict_before_the_decision() {
        assertThat(erin.post("/api/v1/articles/" + article + "/assignments", "{\"reviewer\":\"alice\"}").status())
                .isEqualTo(201);

        verdict(alice, "disputed", "No.", SOURCE);

        assertThat(state(erin).get("claim").get("status").asString()).isEqualTo("NEEDS_DECISION");
    }

    @Test
    void an_approved_claim_is_locked_and_a_correction_needs_a_public_note_and_keeps_both_versions() {
        decide("disputed", null, null);

        assertThat(verdict(alice, "supported", "Late.", SOURCE).json().get("detail").asString()).contains("locked");
        assertThat(decide("misleading", null, null).json().get("detail").asString()).contains("correction note");
        var correction = decide("misleading", "We first rated this Disputed; the 5% figure is right for one index.", null);

        assertThat(correction.status()).isEqualTo(201);
        JsonNode decisions = state(alice).get("decisions");
        assertThat(decisions).hasSize(2);
        assertThat(decisions.get(0).get("verdict").asString()).isEqualTo("DISPUTED");
        assertThat(decisions.get(1).get("correctionNote").asString()).startsWith("We first rated this Disputed");
        assertThat(state(alice).get("decision").get("verdict").asString()).isEqualTo("MISLEADING");
        assertThat(history(alice)).contains("DECIDED erin", "CORRECTED erin");
    }

    @Test
    void an_editor_whose_claim_changed_meanwhile_gets_409_saying_who_and_when() {
        long seen = state(erin).get("claim").get("version").asLong();
        verdict(bob, "disputed", "Changed it.", SOURCE);

        var stale = decide("disputed", null, seen);

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("detail").asString()).contains("changed by bob at").contains("Reload");
        assertThat(state(erin).get("decisions")).isEmpty();
        assertThat(decide("disputed", null, state(erin).get("claim").get("version").asLong()).status()).isEqualTo(201);
    }

    @Test
    void queues_hold_what_waits_for_each_person() {
        verdict(alice, "disputed", "No.", SOURCE);
        verdict(bob, "disputed", "No.", SOURCE);

        assertThat(alice.get("/api/v1/queue").json().valueStream().map(q -> q.get("claimId").asLong())).doesNotContain(claim);
        JsonNode editorQueue = erin.get("/api/v1/queue").json();
        assertThat(editorQueue.get(0).get("status").asString()).isEqualTo("NEEDS_DECISION");
        assertThat(editorQueue.valueStream().map(q -> q.get("claimId").asLong())).contains(claim);
    }

    @Test
    void the_claim_as_of_a_past_moment_is_rebuilt_from_history() throws InterruptedException {
        verdict(alice, "disputed", "No.", SOURCE);
        Thread.sleep(20);
        String between = java.time.Instant.now().toString();
        Thread.sleep(20);
        decide("disputed", null, null);

        JsonNode then = erin.get("/api/v1/claims/" + claim + "/as-of?at=" + between).json();
        assertThat(then.get("claim").get("status").asString()).isEqualTo("IN_REVIEW");
        assertThat(then.get("verdicts")).hasSize(1);
        assertThat(then.get("decision").isNull()).isTrue();
        assertThat(erin.get("/api/v1/claims/" + claim + "/as-of?at=yesterday").status()).isEqualTo(400);
    }

    @Test
    void a_verdict_is_flagged_when_the_claim_text_changed_after_it() {
        verdict(alice, "disputed", "No.", SOURCE);
        alice.put("/api/v1/claims/" + claim + "/short-form", "{\"shortForm\":\"Prices rose 5% in 2025\"}");

        assertThat(state(alice).get("myVerdict").get("claimChangedSince").asBoolean()).isTrue();
    }

    @Test
    void the_article_summary_counts_final_verdicts_and_agreement() {
        verdict(alice, "disputed", "No.", SOURCE);
        verdict(bob, "disputed", "No.", SOURCE);
        decide("disputed", null, null);

        JsonNode summary = erin.get("/api/v1/articles/" + article + "/review-summary").json();
        assertThat(summary.get("approved").asInt()).isEqualTo(1);
        assertThat(summary.get("finalVerdicts").get("DISPUTED").asInt()).isEqualTo(1);
        assertThat(summary.get("agreementShare").asDouble()).isEqualTo(1.0);
    }
}
