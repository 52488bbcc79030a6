package org.claimdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.claimdesk.ApiClient;
import org.claimdesk.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A claim's discussion and single-claim assignments through the API, blind review included. */
@IntegrationTest
class DiscussionApiIT {

    @LocalServerPort
    int port;

    ApiClient alice;
    ApiClient bob;
    ApiClient erin;
    ApiClient admin;
    long claim;
    long second;
    long article;

    @BeforeEach
    void freshClaim() {
        ApiClient anonymous = ApiClient.anonymous(port);
        alice = anonymous.withTokenOf("alice", IntegrationTest.DEMO_PASSWORD);
        bob = anonymous.withTokenOf("bob", IntegrationTest.DEMO_PASSWORD);
        erin = anonymous.withTokenOf("erin", IntegrationTest.DEMO_PASSWORD);
        admin = anonymous.withTokenOf(IntegrationTest.ADMIN, IntegrationTest.ADMIN_PASSWORD);
        JsonNode created = erin.post("/api/v1/articles",
                "{\"title\":\"Discussion\",\"text\":\"Prices rose 5% last year. Wages fell.\"}").json();
        article = created.get("id").asLong();
        claim = created.get("claims").get(0).get("id").asLong();
        second = created.get("claims").get(1).get("id").asLong();
    }

    ApiClient.Response comment(ApiClient who, String text) {
        return who.post("/api/v1/claims/" + claim + "/comments", "{\"text\":\"" + text + "\"}");
    }

    List<String> comments(ApiClient who) {
        return who.get("/api/v1/claims/" + claim + "/comments").json().valueStream()
                .map(c -> c.get("author").asString() + ": " + c.get("text").asString()).toList();
    }

    void verdict(ApiClient who, long id) {
        assertThat(who.post("/api/v1/claims/" + id + "/verdicts",
                "{\"verdict\":\"not_checkable\",\"rationale\":\"Too vague.\",\"sources\":[]}").status()).isEqualTo(201);
    }

    @Test
    void a_posted_comment_is_answered_with_its_id_author_and_time_and_listed_newest_last() {
        var first = comment(erin, "Check the base year first.");
        comment(erin, "  And the source of the 5%.  ");

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("id").asLong()).isPositive();
        assertThat(first.json().get("author").asString()).isEqualTo("erin");
        assertThat(first.json().get("createdAt").asString()).endsWith("Z");
        assertThat(comments(erin)).containsExactly("erin: Check the base year first.", "erin: And the source of the 5%.");
    }

    @Test
    void a_blank_or_overlong_comment_is_refused_with_a_problem_detail_and_nothing_is_kept() {
        var blank = comment(alice, "   ");
        var missing = alice.post("/api/v1/claims/" + claim + "/comments", "{}");
        var tooLong = comment(alice, "x".repeat(CommentService.MAX_TEXT + 1));

        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("detail").asString()).contains("cannot be empty");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("detail").asString()).contains("at most 4000 characters");
        assertThat(comments(alice)).isEmpty();
        assertThat(alice.post("/api/v1/claims/987654321/comments", "{\"text\":\"Hello\"}").status()).isEqualTo(404);
    }

    @Test
    void under_blind_review_a_reviewer_reads_others_comments_only_after_their_own_verdict() {
        comment(alice, "The 5% is nominal, not real.");
        comment(erin, "Agreed, look at CPI.");
        comment(bob, "My own note.");

        assertThat(comments(bob)).containsExactly("bob: My own note.");
        assertThat(comments(erin)).hasSize(3);
        assertThat(comments(admin)).hasSize(3);
        verdict(bob, claim);
        assertThat(comments(bob)).containsExactly("alice: The 5% is nominal, not real.", "erin: Agreed, look at CPI.",
                "bob: My own note.");
    }

    @Test
    void with_blind_review_off_every_reviewer_reads_the_whole_discussion() {
        erin.put("/api/v1/articles/" + article + "/review-settings", "{\"blind\":false}");
        comment(alice, "Nominal, not real.");

        assertThat(comments(bob)).containsExactly("alice: Nominal, not real.");
    }

    @Test
    void comments_are_part_of_the_claims_history_and_hidden_there_too_under_blind_review() {
        comment(alice, "Nominal, not real.");

        JsonNode forErin = erin.get("/api/v1/claims/" + claim + "/history").json();
        JsonNode commented = forErin.valueStream().filter(e -> e.get("what").asString().equals("COMMENTED"))
                .findFirst().orElseThrow();
        assertThat(commented.get("who").asString()).isEqualTo("alice");
        assertThat(commented.get("after").get("comment").asString()).isEqualTo("Nominal, not real.");
        assertThat(bob.get("/api/v1/claims/" + claim + "/history").json().valueStream()
                .map(e -> e.get("what").asString())).doesNotContain("COMMENTED");
    }

    @Test
    void an_editor_assigns_one_claim_and_it_leads_that_reviewers_queue_marked_as_assigned() {
        var assigned = erin.post("/api/v1/claims/" + second + "/assignments", "{\"reviewer\":\"Bob\"}");

        assertThat(assigned.status()).isEqualTo(201);
        assertThat(assigned.json().valueStream().map(JsonNode::asString).toList()).containsExactly("bob");
        List<JsonNode> queue = bob.get("/api/v1/queue").json().valueStream().toList();
        List<Boolean> assignedFlags = queue.stream().map(i -> i.get("assignedToMe").asBoolean()).toList();
        assertThat(assignedFlags.indexOf(false)).as("claims assigned to bob come first")
                .isGreaterThan(assignedFlags.lastIndexOf(true));
        assertThat(queue.stream().filter(i -> i.get("claimId").asLong() == second).findFirst().orElseThrow()
                .get("assignedToMe").asBoolean()).isTrue();
        assertThat(alice.get("/api/v1/queue").json().valueStream()
                .filter(i -> i.get("claimId").asLong() == second).findFirst().orElseThrow()
                .get("assignedToMe").asBoolean()).isFalse();
        verdict(bob, second);
        assertThat(bob.get("/api/v1/queue").json().valueStream().map(i -> i.get("claimId").asLong()))
                .doesNotContain(second);
    }

    @Test
    void a_claim_assignment_is_history_and_other_reviewers_do_not_learn_of_it_before_their_verdict() {
        erin.post("/api/v1/claims/" + second + "/assignments", "{\"reviewer\":\"bob\"}");

        JsonNode assignedEvent = erin.get("/api/v1/claims/" + second + "/history").json().valueStream()
                .filter(e -> e.get("what").asString().equals("CLAIM_ASSIGNED")).findFirst().orElseThrow();
        assertThat(assignedEvent.get("who").asString()).isEqualTo("erin");
        assertThat(assignedEvent.get("after").get("reviewer").asString()).isEqualTo("bob");
        assertThat(bob.get("/api/v1/claims/" + second + "/assignments").json().size()).isEqualTo(1);
        assertThat(alice.get("/api/v1/claims/" + second + "/assignments").json().size()).isZero();
        verdict(alice, second);
        assertThat(alice.get("/api/v1/claims/" + second + "/assignments").json().size()).isEqualTo(1);
    }

    @Test
    void only_an_active_reviewer_can_be_assigned_a_claim() {
        var editor = erin.post("/api/v1/claims/" + second + "/assignments", "{\"reviewer\":\"erin\"}");
        var nobody = erin.post("/api/v1/claims/" + second + "/assignments", "{}");

        assertThat(editor.status()).isEqualTo(400);
        assertThat(editor.json().get("detail").asString()).contains("not an active reviewer");
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(erin.get("/api/v1/claims/" + second + "/assignments").json().size()).isZero();
    }

    @Test
    void undoing_a_merge_brings_both_claims_back_and_history_keeps_the_merge_and_its_undo() {
        String firstText = erin.get("/api/v1/claims/" + claim).json().get("claim").get("text").asString();
        alice.post("/api/v1/claims/" + claim + "/merge-next", "");

        var undone = alice.post("/api/v1/claims/" + claim + "/undo-merge", "");

        assertThat(undone.status()).isEqualTo(200);
        assertThat(undone.json().get("text").asString()).isEqualTo(firstText);
        assertThat(erin.get("/api/v1/claims/" + second).json().get("claim").get("ordinal").asInt()).isEqualTo(2);
        assertThat(erin.get("/api/v1/claims/" + claim + "/history").json().valueStream()
                .map(e -> e.get("what").asString())).containsSubsequence("MERGED", "MERGE_UNDONE");
        assertThat(erin.get("/api/v1/claims/" + second + "/history").json().valueStream()
                .map(e -> e.get("what").asString())).containsSubsequence("MERGED_INTO", "UNMERGED");
        var again = alice.post("/api/v1/claims/" + claim + "/undo-merge", "");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("detail").asString()).contains("not a merge");
    }
}
