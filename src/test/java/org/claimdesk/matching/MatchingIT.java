package org.claimdesk.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimdesk.ApiClient;
import org.claimdesk.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class MatchingIT {

    @LocalServerPort
    int port;

    ApiClient alice;
    ApiClient erin;
    /** Claim text to id, archive claims; and the id of each archive claim's article. */
    static final Map<String, Long> archive = new HashMap<>();
    static final Map<Long, Long> articleOf = new HashMap<>();

    /** Once per class: the archive must hold each claim once. */
    @BeforeEach
    void archiveWithFinalVerdicts() {
        ApiClient anonymous = ApiClient.anonymous(port);
        alice = anonymous.withTokenOf("alice", IntegrationTest.DEMO_PASSWORD);
        erin = anonymous.withTokenOf("erin", IntegrationTest.DEMO_PASSWORD);
        if (!archive.isEmpty()) {
            return;
        }
        int n = 0;
        for (List<String> article : MatchFixture.ARCHIVE) {
            JsonNode created = importArticle("Archive " + ++n, article);
            for (JsonNode claim : created.get("claims")) {
                long id = claim.get("id").asLong();
                archive.put(claim.get("text").asString(), id);
                articleOf.put(id, created.get("id").asLong());
                assertThat(erin.post("/api/v1/claims/" + id + "/decision",
                        "{\"verdict\":\"NOT_ENOUGH_EVIDENCE\",\"rationale\":\"Checked in the archive.\",\"sources\":[]}")
                        .status()).isEqualTo(201);
            }
        }
        assertThat(archive.keySet()).containsAll(MatchFixture.ARCHIVE.stream().flatMap(List::stream).toList());
    }

    @Test
    void the_first_match_is_the_earlier_claim_and_the_top_five_find_every_repeat_in_english_and_german()
            throws IOException {
        Score english = score(MatchFixture.ENGLISH);
        Score german = score(MatchFixture.GERMAN);
        Path report = Files.createDirectories(Path.of("target")).resolve("matching-accuracy.txt");
        Files.writeString(report, "english " + english + "\ngerman " + german + "\n");
        assertThat(english.precisionAtOne()).as(english.toString()).isGreaterThanOrEqualTo(0.9);
        assertThat(german.precisionAtOne()).as(german.toString()).isGreaterThanOrEqualTo(0.85);
        assertThat(english.recallAtFive()).as(english.toString()).isEqualTo(1.0);
        assertThat(german.recallAtFive()).as(german.toString()).isEqualTo(1.0);
    }

    @Autowired
    MatchIndex index;

    @Test
    void a_candidate_shares_two_stemmed_words_with_the_claim_and_a_one_word_claim_needs_that_word() {
        long claim = archive.get("The unemployment rate fell to 3.5 percent in September, the lowest level in fifty years.");

        assertThat(candidates("Unemployment worries the voters.")).doesNotContain(claim);
        assertThat(candidates("Unemployment rates worry the voters.")).contains(claim);
        assertThat(candidates("Unemployment.")).contains(claim);
        assertThat(candidates("The.")).as("no stem at all, no candidate").isEmpty();
    }

    private List<Long> candidates(String text) {
        return index.similar(text, "english", -1, 0.0, 1000).stream().map(MatchIndex.Hit::claimId).toList();
    }

    @Test
    void matches_never_come_from_the_same_article() {
        long claim = archive.get("The unemployment rate fell to 3.5 percent in September, the lowest level in fifty years.");
        JsonNode matches = alice.get("/api/v1/claims/" + claim + "/matches?all=true").json();
        assertThat(matches.valueStream().map(m -> m.get("articleId").asLong())).doesNotContain(articleOf.get(claim));
    }

    @Test
    void only_final_verdicts_are_shown_unless_all_is_asked_and_a_reviewers_verdict_never_shows() {
        JsonNode created = importArticle("Fresh repeat", List.of("Die Bahn war letztes Jahr nur zu 64 Prozent pünktlich."));
        long fresh = created.get("claims").get(0).get("id").asLong();
        assertThat(alice.post("/api/v1/claims/" + fresh + "/verdicts",
                "{\"verdict\":\"NOT_CHECKABLE\",\"rationale\":\"Hidden under blind review.\",\"sources\":[]}").status())
                .isEqualTo(201);
        long earlier = archive.get("Die Bahn war im letzten Jahr nur zu 64 Prozent pünktlich.");

        JsonNode finalOnly = erin.get("/api/v1/claims/" + earlier + "/matches").json();
        assertThat(finalOnly.valueStream().map(m -> m.get("claimId").asLong())).doesNotContain(fresh);
        JsonNode all = erin.get("/api/v1/claims/" + earlier + "/matches?all=true").json();
        JsonNode found = all.valueStream().filter(m -> m.get("claimId").asLong() == fresh).findFirst().orElseThrow();
        assertThat(found.get("verdict").isNull()).isTrue();
        assertThat(found.get("decidedAt").isNull()).isTrue();
        assertThat(found.get("articleTitle").asString()).isEqualTo("Fresh repeat");

        JsonNode back = alice.get("/api/v1/claims/" + fresh + "/matches").json().get(0);
        assertThat(back.get("claimId").asLong()).isEqualTo(earlier);
        assertThat(back.get("verdict").asString()).isEqualTo("NOT_ENOUGH_EVIDENCE");
        assertThat(back.get("decidedAt").asString()).isNotBlank();
        assertThat(back.get("similarity").asDouble()).isBetween(0.3, 1.0);
    }

    @Test
    void an_unknown_claim_has_no_matches_but_a_problem_detail() {
        ApiClient.Response missing = alice.get("/api/v1/claims/987654321/matches");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).contains("problem+json");
    }

    record Score(int queries, int answered, int rightFirst, int withCounterpart, int inTopFive) {
        double precisionAtOne() {
            return answered == 0 ? 0 : (double) rightFirst / answered;
        }

        double recallAtFive() {
            return withCounterpart == 0 ? 0 : (double) inTopFive / withCounterpart;
        }

        @Override
        public String toString() {
            return "queries=%d precision@1=%.3f (%d/%d) recall@5=%.3f (%d/%d)".formatted(queries, precisionAtOne(),
                    rightFirst, answered, recallAtFive(), inTopFive, withCounterpart);
        }
    }

    private Score score(List<MatchFixture.Query> queries) {
        JsonNode created = importArticle("New article", queries.stream().map(MatchFixture.Query::text).toList());
        Map<String, Long> ids = new HashMap<>();
        created.get("claims").forEach(c -> ids.put(c.get("text").asString(), c.get("id").asLong()));
        int answered = 0;
        int rightFirst = 0;
        int withCounterpart = 0;
        int inTopFive = 0;
        List<String> misses = new ArrayList<>();
        for (MatchFixture.Query q : queries) {
            List<Long> found = alice.get("/api/v1/claims/" + ids.get(q.text()) + "/matches").json().valueStream()
                    .map(m -> m.get("claimId").asLong()).toList();
            Long expected = q.counterpart() == null ? null : archive.get(q.counterpart());
            if (!found.isEmpty()) {
                answered++;
                rightFirst += found.getFirst().equals(expected) ? 1 : 0;
            }
            if (expected != null) {
                withCounterpart++;
                inTopFive += found.subList(0, Math.min(5, found.size())).contains(expected) ? 1 : 0;
            }
            if (found.isEmpty() ? expected != null : !found.getFirst().equals(expected)) {
                misses.add(q.text());
            }
        }
        System.out.println("matching misses: " + misses);
        return new Score(queries.size(), answered, rightFirst, withCounterpart, inTopFive);
    }

    private JsonNode importArticle(String title, List<String> sentences) {
        ApiClient.Response r = erin.post("/api/v1/articles", "{\"title\":\"" + title + "\",\"text\":\""
                + String.join(" ", sentences) + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }
}
