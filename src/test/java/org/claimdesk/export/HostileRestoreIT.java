package org.claimdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.claimdesk.ApiClient;
import org.claimdesk.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The admin import is a restore, not a forgery: a real export, altered the way an attacker or a careless
 * script would, answers 400 with the first reason, and not one row is added to any table.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileRestoreIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<String> TABLES = List.of("article", "claim", "claim_history", "verdict_history",
            "decision_history", "review_setting", "assignment", "comment_history", "claim_assignment", "article_history");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient admin;
    ObjectNode export;

    /** The reviewed article of {@link ExportApiIT}: claim 0 approved, 1 corrected, 2 open, 3 in review. */
    @BeforeAll
    void reviewedArticleExport() {
        ExportApiIT fixture = new ExportApiIT();
        fixture.port = port;
        fixture.reviewedArticle();
        admin = fixture.admin;
        export = (ObjectNode) JSON.readTree(fixture.export(fixture.erin, "json").body());
    }

    @Test
    void the_unaltered_export_restores_so_every_refusal_below_is_caused_by_its_alteration() {
        var response = admin.post("/api/v1/imports", JSON.writeValueAsString(export));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void a_hostile_document_answers_400_with_its_reason_and_stores_nothing(String name, Consumer<ObjectNode> alter,
            String reason) {
        ObjectNode doc = export.deepCopy();
        alter.accept(doc);
        Map<String, Long> before = counts();

        var response = admin.post("/api/v1/imports", JSON.writeValueAsString(doc));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).as(response.body()).isNotBlank().contains(reason);
        assertThat(counts()).isEqualTo(before);
    }

    Stream<Arguments> corpus() {
        return Stream.of(
                c("a verdict by a user who does not exist", d -> verdict(d, 0, 0).put("reviewer", "mallory"), "no such account"),
                c("a verdict by an editor", d -> verdict(d, 0, 0).put("reviewer", "erin"), "an editor, not a reviewer"),
                c("a decision by a reviewer", d -> decision(d, 0, 0).put("editor", "alice"), "a reviewer, not an editor"),
                c("a status change claiming a reviewer who gave no verdict", d -> history(d, 3, 1).put("who", "bob"),
                        "who had given no verdict"),
                c("an approval claiming a reviewer", d -> history(d, 0, 3).put("who", "alice"), "a reviewer, not an editor"),
                c("a claim's creation claiming someone other than the importer", d -> history(d, 0, 0).put("who", "alice"),
                        "imported the article"),
                c("a restore row by an editor", d -> ((ArrayNode) claim(d, 0).get("history")).add(history(d, 0, 0).deepCopy()
                        .put("action", "RESTORED_FROM_EXPORT").put("who", "erin")), "an editor, not an admin"),
                c("a history row of an action ClaimDesk never writes", d -> history(d, 2, 0).put("action", "FORGED"),
                        "not an action ClaimDesk records"),
                c("an importer who does not exist", d -> article(d).put("importedBy", "mallory"), "no such account"),
                c("a comment by a user who does not exist", d -> comments(d).addObject().put("who", "mallory")
                        .put("when", "2026-01-01T00:00:00Z").put("text", "Hello"), "no such account"),
                c("an empty comment", d -> comments(d).addObject().put("who", "alice")
                        .put("when", article(d).get("importedAt").asString()).put("text", "  "), "comment of the export is empty"),
                c("a claim assigned by a reviewer", d -> ((ArrayNode) claim(d, 0).withArray("assignments")).addObject()
                        .put("reviewer", "bob").put("by", "alice").put("when", article(d).get("importedAt").asString()),
                        "a reviewer, not an editor"),
                c("a language change by a user who does not exist", d -> d.putArray("languageChanges").addObject()
                        .put("who", "mallory").put("when", article(d).get("importedAt").asString()).put("to", "es")
                        .putArray("retiredClaims"), "no such account"),
                c("an assigned reviewer who does not exist", d -> reviewers(d).add("mallory"), "no such account"),
                c("an editor assigned as a reviewer", d -> reviewers(d).add("erin"), "an editor, not a reviewer"),
                c("a verdict dated 2099", d -> verdict(d, 0, 0).put("createdAt", "2099-01-01T00:00:00Z"), "in the future"),
                c("a decision dated 2099", d -> decision(d, 1, 1).put("createdAt", "2099-01-01T00:00:00Z"), "in the future"),
                c("an article imported in 2099", d -> article(d).put("importedAt", "2099-01-01T00:00:00Z"), "in the future"),
                c("a history row dated 2099", d -> history(d, 2, 0).put("when", "2099-01-01T00:00:00Z"), "in the future"),
                c("a verdict older than its article", d -> verdict(d, 0, 0).put("createdAt", "2001-01-01T00:00:00Z"),
                        "before the article was imported"),
                c("a verdict given after the claim was approved", d -> verdict(d, 0, 1).put("createdAt", Instant.parse(
                        decision(d, 0, 0).get("createdAt").asString()).plusMillis(1).toString()), "after the claim was approved"),
                c("a javascript: source in a verdict", d -> source(verdict(d, 0, 0)).put("url", "javascript:alert(1)"),
                        "http:// or https://"),
                c("a data: source in a decision", d -> source(decision(d, 1, 0)).put("url", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
                        "http:// or https://"),
                c("a javascript: article address", d -> article(d).put("sourceUrl", "javascript:alert(1)"),
                        "must start with http:// or https://"),
                c("overlapping claims", d -> span(d, 1, claim(d, 0).get("start").asInt() + 3, claim(d, 1).get("end").asInt()),
                        "overlap"),
                c("a claim outside the text", d -> claim(d, 3).put("end", 999_999), "outside the text"),
                c("a claim whose text is not the article's", d -> claim(d, 3).put("text", "Turnout was 99%."),
                        "does not match the article's text"),
                c("APPROVED with no decision", d -> claim(d, 0).putArray("decisions"), "needs an editor's decision"),
                c("a decision on an open claim", d -> claim(d, 2).set("decisions", claim(d, 0).get("decisions").deepCopy()),
                        "but has an editor's decision"),
                c("IN_REVIEW without a verdict", d -> claim(d, 3).putArray("verdicts"), "without a single verdict"),
                c("an open claim with verdicts", d -> claim(d, 3).put("status", "OPEN"), "although reviewers have given"),
                c("a skipped verdict revision", d -> verdict(d, 3, 0).put("revision", 3), "revisions count 1, 2, 3"),
                c("a correction without its note", d -> decision(d, 1, 1).putNull("correctionNote"), "a public note"),
                c("an adopted verdict of another claim", d -> decision(d, 1, 0).put("adoptedVerdictId",
                        verdict(d, 0, 0).get("id").asLong()), "does not belong to this claim"),
                c("a rationale beyond the limit", d -> verdict(d, 0, 0).put("rationale", "x".repeat(20_000)), "at most"),
                c("a speaker's name beyond the limit", d -> claim(d, 3).put("speaker", "x".repeat(20_000)), "at most"),
                c("a title beyond the limit", d -> article(d).put("title", "x".repeat(20_000)), "at most"),
                c("a claim with no reason for its hint", d -> claim(d, 3).putNull("checkworthinessReason"), "reason for its hint"),
                c("two claims with one id", d -> claim(d, 1).put("id", claim(d, 0).get("id").asLong()), "its own id"),
                c("a claim merged into itself", d -> claim(d, 2).put("mergedInto", claim(d, 2).get("id").asLong()), "into itself"),
                c("a history state that is not an object", d -> history(d, 2, 0).put("before", 5), "not a JSON object"),
                c("an unknown claim status", d -> claim(d, 2).put("status", "BOGUS"), "unknown claim status 'BOGUS'"),
                c("an unknown verdict", d -> verdict(d, 0, 0).put("verdict", "MAYBE"), "unknown verdict 'MAYBE'"),
                c("an unknown import method", d -> article(d).put("importMethod", "SMUGGLED"), "unknown import method"),
                c("an unknown stance", d -> source(verdict(d, 0, 0)).put("stance", "shrugs"), ""),
                c("a null list of claims", d -> d.putNull("claims"), "list of claims is missing"),
                c("a null entry among the claims", d -> ((ArrayNode) d.get("claims")).addNull(), "empty entry"),
                c("a null list of verdicts", d -> claim(d, 0).putNull("verdicts"), "lacks its list"),
                c("a null list of history rows", d -> claim(d, 0).putNull("history"), "lacks its list"),
                c("a null source", d -> ((ArrayNode) verdict(d, 0, 0).get("sources")).insertNull(0), "Source 1 is empty"),
                c("sources as a string", d -> verdict(d, 0, 0).put("sources", "x"), ""),
                c("no review settings", d -> d.remove("review"), "no review settings"),
                c("no format", d -> d.remove("format"), "not a ClaimDesk article export"),
                c("a claim offset as text", d -> claim(d, 0).put("start", "abc"), ""),
                c("a claim offset beyond any int", d -> claim(d, 0).put("start", 99_999_999_999L), ""),
                c("a revision of thirty digits", d -> verdict(d, 0, 0).put("revision", new BigInteger("1".repeat(30))), ""),
                c("an import time at the end of all calendars", d -> article(d).put("importedAt", "+999999999-12-31T23:59:59Z"),
                        "in the future"),
                c("an import time long before 1970", d -> article(d).put("importedAt", "-200000-01-01T00:00:00Z"), "before 1970"),
                c("a publication date beyond the database's calendar", d -> article(d).put("publishedOn", "+999999999-12-31"),
                        "publication date"),
                c("a publication date before year 1", d -> article(d).put("publishedOn", "-999999999-01-01"),
                        "publication date"));
    }

    static Arguments c(String name, Consumer<ObjectNode> alter, String reason) {
        return Arguments.of(name, alter, reason);
    }

    static ObjectNode article(ObjectNode d) {
        return (ObjectNode) d.get("article");
    }

    static ArrayNode reviewers(ObjectNode d) {
        return (ArrayNode) d.get("review").get("assignedReviewers");
    }

    static ObjectNode claim(ObjectNode d, int i) {
        return (ObjectNode) d.get("claims").get(i);
    }

    static ArrayNode comments(ObjectNode d) {
        return claim(d, 0).withArray("comments");
    }

    static ObjectNode verdict(ObjectNode d, int claim, int i) {
        return (ObjectNode) claim(d, claim).get("verdicts").get(i);
    }

    static ObjectNode decision(ObjectNode d, int claim, int i) {
        return (ObjectNode) claim(d, claim).get("decisions").get(i);
    }

    static ObjectNode history(ObjectNode d, int claim, int i) {
        return (ObjectNode) claim(d, claim).get("history").get(i);
    }

    static ObjectNode source(ObjectNode verdict) {
        return (ObjectNode) verdict.get("sources").get(0);
    }

    /** Moves a claim and keeps its text true to the article, so only the overlap is wrong. */
    static void span(ObjectNode d, int i, int start, int end) {
        String text = article(d).get("text").asString();
        claim(d, i).put("start", start).put("end", end).put("text", text.substring(start, end));
    }

    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach(t -> counts.put(t, jdbc.queryForObject("select count(*) from " + t, Long.class)));
        return counts;
    }
}
