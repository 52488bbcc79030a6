package org.claimdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.claimdesk.EditedStory.ADDED;
import static org.claimdesk.EditedStory.EDITED_AFTER;
import static org.claimdesk.EditedStory.EDITED_BEFORE;
import static org.claimdesk.EditedStory.KEPT_1;
import static org.claimdesk.EditedStory.KEPT_2;
import static org.claimdesk.EditedStory.KEPT_3;
import static org.claimdesk.EditedStory.KEPT_4;
import static org.claimdesk.EditedStory.REMOVED;
import static org.claimdesk.EditedStory.page;
import static org.claimdesk.EditedStory.version1;
import static org.claimdesk.EditedStory.version2;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.claimdesk.ApiClient;
import org.claimdesk.IntegrationTest;
import org.claimdesk.LocalWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A site edits an article after ClaimDesk imported it ({@link org.claimdesk.EditedStory}). The server runs on
 * loopback, which the tests' import allow-list permits.
 */
@IntegrationTest
class RecheckIT {

    @LocalServerPort
    int port;

    ApiClient alice;
    ApiClient bob;
    ApiClient erin;
    LocalWebServer web;

    @BeforeEach
    void start() throws IOException {
        ApiClient anonymous = ApiClient.anonymous(port);
        alice = anonymous.withTokenOf("alice", IntegrationTest.DEMO_PASSWORD);
        bob = anonymous.withTokenOf("bob", IntegrationTest.DEMO_PASSWORD);
        erin = anonymous.withTokenOf("erin", IntegrationTest.DEMO_PASSWORD);
        web = new LocalWebServer();
    }

    @AfterEach
    void stop() {
        web.close();
    }

    JsonNode importStory() {
        web.serve("/budget", 200, "text/html; charset=utf-8", version1());
        var imported = alice.post("/api/v1/articles/import-url", "{\"url\":\"" + web.url("/budget") + "\"}");
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        return imported.json();
    }

    static Map<String, Long> claimIdsByText(JsonNode article) {
        Map<String, Long> ids = new HashMap<>();
        article.get("claims").forEach(c -> ids.put(c.get("text").asString(), c.get("id").asLong()));
        return ids;
    }

    void verdict(ApiClient who, long claim) {
        var given = who.post("/api/v1/claims/" + claim + "/verdicts", "{\"verdict\":\"supported\",\"rationale\":"
                + "\"The council's minutes say so.\",\"sources\":[" + source() + "]}");
        assertThat(given.status()).as(given.body()).isEqualTo(201);
    }

    String source() {
        return "{\"url\":\"" + web.url("/minutes") + "\",\"title\":\"Minutes\",\"quote\":\"Approved.\","
                + "\"stance\":\"supports\"}";
    }

    JsonNode claim(long id) {
        return erin.get("/api/v1/claims/" + id).json();
    }

    @Test
    void exactly_the_edited_and_removed_claims_go_stale_and_moved_claims_keep_their_verdicts_at_new_offsets()
            throws IOException {
        JsonNode v1 = importStory();
        long article = v1.get("id").asLong();
        Map<String, Long> ids = claimIdsByText(v1);
        assertThat(ids).containsKeys(KEPT_1, EDITED_BEFORE, REMOVED, KEPT_2, KEPT_3, KEPT_4);
        for (long claim : ids.values()) {
            verdict(alice, claim);
            verdict(bob, claim);
        }
        var decided = erin.post("/api/v1/claims/" + ids.get(KEPT_2) + "/decision", "{\"verdict\":\"supported\","
                + "\"rationale\":\"Minutes.\",\"sources\":[" + source() + "]}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        web.replace("/budget", 200, "text/html; charset=utf-8", version2());

        var recheck = erin.post("/api/v1/articles/" + article + "/recheck", "");

        assertThat(recheck.status()).as(recheck.body()).isEqualTo(200);
        JsonNode answer = recheck.json();
        assertThat(answer.get("changed").asBoolean()).isTrue();
        assertThat(answer.get("revision").asInt()).isEqualTo(2);
        assertThat(answer.get("staleClaims").valueStream().map(JsonNode::asLong).toList())
                .containsExactlyInAnyOrder(ids.get(EDITED_BEFORE), ids.get(REMOVED));
        assertThat(answer.get("unplaced").valueStream().map(JsonNode::asLong).toList())
                .containsExactly(ids.get(REMOVED));

        JsonNode v2 = erin.get("/api/v1/articles/" + article).json();
        String newText = v2.get("text").asString();
        assertThat(newText).startsWith("Council passes budget").contains(ADDED, EDITED_AFTER).doesNotContain(REMOVED);
        assertThat(v2.get("revision").asInt()).isEqualTo(2);
        for (String kept : List.of(KEPT_1, KEPT_2, KEPT_3, KEPT_4)) {
            JsonNode moved = claim(ids.get(kept));
            JsonNode c = moved.get("claim");
            assertThat(newText.substring(c.get("start").asInt(), c.get("end").asInt())).isEqualTo(kept);
            assertThat(c.get("stale").isNull()).as(kept).isTrue();
            assertThat(moved.get("verdicts")).as(kept).hasSize(2);
            assertThat(moved.get("verdicts").get(0).get("claimChangedSince").asBoolean()).as(kept).isFalse();
        }
        assertThat(claim(ids.get(KEPT_2)).get("decision").get("verdict").asString()).isEqualTo("SUPPORTED");
        assertThat(claim(ids.get(KEPT_2)).get("claim").get("status").asString()).isEqualTo("APPROVED");

        JsonNode edited = claim(ids.get(EDITED_BEFORE)).get("claim");
        assertThat(edited.get("text").asString()).isEqualTo(EDITED_AFTER);
        assertThat(edited.get("stale").get("reason").asString()).isEqualTo("CHANGED");
        assertThat(edited.get("stale").get("before").asString()).isEqualTo(EDITED_BEFORE);
        assertThat(edited.get("stale").get("after").asString()).isEqualTo(EDITED_AFTER);
        assertThat(edited.get("stale").get("since").asString()).isNotBlank();
        JsonNode removed = claim(ids.get(REMOVED)).get("claim");
        assertThat(removed.get("text").asString()).isEqualTo(REMOVED);
        assertThat(removed.get("stale").get("reason").asString()).isEqualTo("REMOVED");
        assertThat(removed.get("stale").get("after").isNull()).isTrue();
        assertThat(claim(ids.get(REMOVED)).get("verdicts")).hasSize(2);

        assertThat(claimIdsByText(v2)).containsKey(ADDED);
        // other tests leave stale claims in the shared database: this article's own lead its part of the queue
        assertThat(erin.get("/api/v1/queue").json().valueStream()
                .filter(q -> q.get("articleId").asLong() == article).limit(2).map(q -> q.get("claimId").asLong())
                .toList()).containsExactlyInAnyOrder(ids.get(EDITED_BEFORE), ids.get(REMOVED));
        JsonNode history = erin.get("/api/v1/claims/" + ids.get(EDITED_BEFORE) + "/history").json();
        JsonNode staleRow = history.valueStream().filter(e -> e.get("what").asString().equals("MARKED_STALE"))
                .findFirst().orElseThrow();
        assertThat(staleRow.get("before").get("text").asString()).isEqualTo(EDITED_BEFORE);
        assertThat(staleRow.get("after").get("text").asString()).isEqualTo(EDITED_AFTER);
        assertThat(staleRow.get("after").get("revision").asInt()).isEqualTo(2);
        JsonNode movedRow = erin.get("/api/v1/claims/" + ids.get(KEPT_3) + "/history").json().valueStream()
                .filter(e -> e.get("what").asString().equals("REANCHORED")).findFirst().orElseThrow();
        assertThat(movedRow.get("after").get("revision").asInt()).isEqualTo(2);
        assertThat(movedRow.get("after").get("start").asInt()).isGreaterThan(movedRow.get("before").get("start").asInt());

        JsonNode exported = erin.get("/api/v1/articles/" + article + "/export?format=json").json();
        JsonNode exportedEdited = exported.get("claims").valueStream()
                .filter(c -> c.get("id").asLong() == ids.get(EDITED_BEFORE)).findFirst().orElseThrow();
        assertThat(exportedEdited.get("stale").get("before").asString()).isEqualTo(EDITED_BEFORE);
        JsonNode cited = exportedEdited.get("verdicts").get(0).get("sources").get(0);
        assertThat(cited.get("url").asString()).isEqualTo(web.url("/minutes"));
        assertThat(cited.get("archive").get("status").asString()).isIn("PENDING", "ARCHIVED", "FAILED");
        assertThat(cited.get("archive").get("href").asString()).startsWith("/api/v1/archives/");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(erin.get("/api/v1/articles/" + article + "/export?format=csv").body()))
                .getRecords();
        assertThat(rows).filteredOn(r -> !r.get("stale_reason").isEmpty())
                .extracting(r -> r.get("stale_reason"), r -> r.get("sentence_before"), r -> r.get("sentence_now"))
                .containsExactlyInAnyOrder(tuple("CHANGED", EDITED_BEFORE, EDITED_AFTER), tuple("REMOVED", REMOVED, ""));
    }

    /** Imports version 1, gives every claim two verdicts, re-checks against version 2: REMOVED is unplaced. */
    long removedAtSecondRevision(Map<String, Long> ids) {
        JsonNode v1 = importStory();
        ids.putAll(claimIdsByText(v1));
        for (long claim : ids.values()) {
            verdict(alice, claim);
            verdict(bob, claim);
        }
        long article = v1.get("id").asLong();
        web.replace("/budget", 200, "text/html; charset=utf-8", version2());
        var second = erin.post("/api/v1/articles/" + article + "/recheck", "");
        assertThat(second.json().get("unplaced").valueStream().map(JsonNode::asLong).toList())
                .containsExactly(ids.get(REMOVED));
        return article;
    }

    @Test
    void a_removed_sentence_that_comes_back_takes_its_claim_back_which_stays_stale_until_an_editor_decides() {
        Map<String, Long> ids = new HashMap<>();
        long article = removedAtSecondRevision(ids);
        String since = claim(ids.get(REMOVED)).get("claim").get("stale").get("since").asString();
        web.replace("/budget", 200, "text/html; charset=utf-8",
                page(ADDED, KEPT_1 + " " + EDITED_AFTER, REMOVED + " " + KEPT_2, KEPT_3 + " " + KEPT_4));

        var third = erin.post("/api/v1/articles/" + article + "/recheck", "");

        assertThat(third.status()).as(third.body()).isEqualTo(200);
        assertThat(third.json().get("revision").asInt()).isEqualTo(3);
        assertThat(third.json().get("unplaced")).isEmpty();
        assertThat(third.json().get("staleClaims")).isEmpty();
        JsonNode v3 = erin.get("/api/v1/articles/" + article).json();
        String text = v3.get("text").asString();
        assertThat(v3.get("claims").valueStream().filter(c -> c.get("text").asString().equals(REMOVED)).count())
                .as("the returned sentence is the old claim, not a new one").isEqualTo(1);
        JsonNode back = claim(ids.get(REMOVED));
        JsonNode c = back.get("claim");
        assertThat(text.substring(c.get("start").asInt(), c.get("end").asInt())).isEqualTo(REMOVED);
        assertThat(c.get("stale").get("reason").asString()).isEqualTo("REMOVED");
        assertThat(c.get("stale").get("since").asString()).isEqualTo(since);
        assertThat(back.get("verdicts")).hasSize(2);
        JsonNode reanchored = erin.get("/api/v1/claims/" + ids.get(REMOVED) + "/history").json().valueStream()
                .filter(e -> e.get("what").asString().equals("REANCHORED")).findFirst().orElseThrow();
        assertThat(reanchored.get("before").get("revision").asInt()).isEqualTo(1);
        assertThat(reanchored.get("after").get("revision").asInt()).isEqualTo(3);

        var decided = erin.post("/api/v1/claims/" + ids.get(REMOVED) + "/decision", "{\"verdict\":\"supported\","
                + "\"rationale\":\"Minutes.\",\"sources\":[" + source() + "]}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        assertThat(claim(ids.get(REMOVED)).get("claim").get("stale").isNull()).isTrue();
    }

    @Test
    void a_removed_sentence_that_comes_back_edited_takes_its_claim_back_marked_changed_from_the_first_words() {
        Map<String, Long> ids = new HashMap<>();
        long article = removedAtSecondRevision(ids);
        String edited = REMOVED.replace("2015", "2012");
        web.replace("/budget", 200, "text/html; charset=utf-8",
                page(ADDED, KEPT_1 + " " + EDITED_AFTER, edited + " " + KEPT_2, KEPT_3 + " " + KEPT_4));

        var third = erin.post("/api/v1/articles/" + article + "/recheck", "");

        assertThat(third.json().get("unplaced")).isEmpty();
        assertThat(third.json().get("staleClaims").valueStream().map(JsonNode::asLong).toList())
                .containsExactly(ids.get(REMOVED));
        JsonNode c = claim(ids.get(REMOVED)).get("claim");
        assertThat(c.get("text").asString()).isEqualTo(edited);
        assertThat(c.get("stale").get("reason").asString()).isEqualTo("CHANGED");
        assertThat(c.get("stale").get("before").asString()).isEqualTo(REMOVED);
        assertThat(c.get("stale").get("after").asString()).isEqualTo(edited);
    }

    @Test
    void a_claim_still_missing_at_the_next_recheck_is_reported_unplaced_again_with_its_mark_unchanged() {
        Map<String, Long> ids = new HashMap<>();
        long article = removedAtSecondRevision(ids);
        JsonNode mark = claim(ids.get(REMOVED)).get("claim").get("stale");
        int historyRows = erin.get("/api/v1/claims/" + ids.get(REMOVED) + "/history").json().size();
        web.replace("/budget", 200, "text/html; charset=utf-8", page(ADDED, KEPT_1 + " " + EDITED_AFTER, KEPT_2,
                KEPT_3 + " " + KEPT_4, "The full budget will be published online next week, the council said."));

        var third = erin.post("/api/v1/articles/" + article + "/recheck", "");

        assertThat(third.json().get("revision").asInt()).isEqualTo(3);
        assertThat(third.json().get("unplaced").valueStream().map(JsonNode::asLong).toList())
                .containsExactly(ids.get(REMOVED));
        JsonNode c = claim(ids.get(REMOVED)).get("claim");
        assertThat(c.get("text").asString()).isEqualTo(REMOVED);
        assertThat(c.get("stale")).isEqualTo(mark);
        assertThat(erin.get("/api/v1/claims/" + ids.get(REMOVED) + "/history").json()).hasSize(historyRows);
    }

    @Test
    void an_unchanged_page_answers_changed_false_and_stores_no_revision() {
        long article = importStory().get("id").asLong();

        var recheck = erin.post("/api/v1/articles/" + article + "/recheck", "");

        assertThat(recheck.status()).as(recheck.body()).isEqualTo(200);
        assertThat(recheck.json().get("changed").asBoolean()).isFalse();
        assertThat(recheck.json().get("revision").asInt()).isEqualTo(1);
        assertThat(recheck.json().get("staleClaims")).isEmpty();
        assertThat(recheck.json().get("unplaced")).isEmpty();
        assertThat(erin.get("/api/v1/articles/" + article).json().get("revision").asInt()).isEqualTo(1);
    }

    @Test
    void an_article_without_a_source_address_cannot_be_rechecked_and_says_why() {
        long article = erin.post("/api/v1/articles", "{\"title\":\"Pasted\",\"text\":\"Prices rose 5% last year.\"}")
                .json().get("id").asLong();

        var recheck = erin.post("/api/v1/articles/" + article + "/recheck", "");

        assertThat(recheck.status()).isEqualTo(400);
        assertThat(recheck.json().get("detail").asString()).contains("no source address");
    }

    @Test
    void reviewers_may_not_recheck_and_a_vanished_page_is_a_clear_refusal() {
        long article = importStory().get("id").asLong();
        assertThat(alice.post("/api/v1/articles/" + article + "/recheck", "").status()).isEqualTo(403);

        web.replace("/budget", 404, "text/html", "<p>Gone</p>".getBytes(StandardCharsets.UTF_8));
        var recheck = erin.post("/api/v1/articles/" + article + "/recheck", "");

        assertThat(recheck.status()).isBetween(400, 499);
        assertThat(recheck.json().get("detail").asString()).isNotBlank();
        assertThat(erin.get("/api/v1/articles/" + article).json().get("revision").asInt()).isEqualTo(1);
    }
}
