package org.claimdesk.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import org.claimdesk.ApiClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the load works on, made through the admin API before it starts: reviewer and editor accounts, each with its
 * own API token; articles the reviewers judge; one article whose claims only the editors decide (an approved
 * claim takes no more verdicts, so reviewers and editors never race for the same claim and every answer is a 2xx);
 * and two articles reviewed as a desk reviews one (two verdicts and a decision per claim) that only exports read.
 * Exports read those, not the articles the verdict steps pile thousands of revisions onto: an export carries every
 * revision, so it would measure how many verdicts the sweep stored before it, not what a desk exports.
 */
public record Fixture(String base, List<String> reviewers, String password, List<String> reviewerTokens,
        List<String> editorTokens, List<Long> articles, List<Long> reviewClaims, List<Long> deskClaims,
        List<Long> exportArticles) {

    public static final String PASSWORD = "load test password";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** {@code reviewers} reviewer accounts, {@code editors} editor accounts, four articles to review and one to decide. */
    public static Fixture create(int port, ApiClient admin, int reviewers, int editors, String articleText) {
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<Long> articles = new ArrayList<>();
        List<Long> reviewClaims = new ArrayList<>();
        List<Long> deskClaims = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            JsonNode article = admin.post("/api/v1/articles", "{\"title\":\"Load " + run + " " + i + "\",\"text\":"
                    + JSON.writeValueAsString(articleText) + "}").json();
            List<Long> claims = new ArrayList<>();
            article.get("claims").forEach(c -> claims.add(c.get("id").asLong()));
            articles.add(article.get("id").asLong());
            (i < 4 ? reviewClaims : deskClaims).addAll(claims);
        }
        List<String> names = IntStream.range(0, reviewers).mapToObj(u -> "load-" + run + "-r" + u).toList();
        List<String> editorNames = IntStream.range(0, editors).mapToObj(u -> "load-" + run + "-e" + u).toList();
        ApiClient anonymous = ApiClient.anonymous(port);
        List<String> reviewerTokens = tokens(admin, anonymous, names, "REVIEWER");
        List<String> editorTokens = tokens(admin, anonymous, editorNames, "EDITOR");
        List<Long> exported = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            exported.add(reviewed(admin, anonymous, "Load " + run + " export " + i, articleText, reviewerTokens,
                    editorTokens.getFirst()));
        }
        return new Fixture("http://localhost:" + port, names, PASSWORD, reviewerTokens, editorTokens,
                List.copyOf(articles), List.copyOf(reviewClaims), List.copyOf(deskClaims), List.copyOf(exported));
    }

    /** An article whose every claim has two reviewers' verdicts with a source and an editor's decision. */
    private static long reviewed(ApiClient admin, ApiClient anonymous, String title, String text,
            List<String> reviewerTokens, String editorToken) {
        JsonNode article = admin.post("/api/v1/articles", "{\"title\":" + JSON.writeValueAsString(title)
                + ",\"text\":" + JSON.writeValueAsString(text) + "}").json();
        String body = "{\"verdict\":\"supported\",\"rationale\":\"Checked against the official record.\","
                + "\"sources\":[{\"url\":\"https://records.example.org/export\",\"title\":\"Record\","
                + "\"quote\":\"As stated.\",\"stance\":\"supports\"}]}";
        for (JsonNode claim : article.get("claims")) {
            long id = claim.get("id").asLong();
            for (String token : reviewerTokens.subList(0, Math.min(2, reviewerTokens.size()))) {
                expect(anonymous.bearer(token).post("/api/v1/claims/" + id + "/verdicts", body), 201);
            }
            expect(anonymous.bearer(editorToken).post("/api/v1/claims/" + id + "/decision", body), 201);
        }
        return article.get("id").asLong();
    }

    private static void expect(ApiClient.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("load fixture: expected " + status + ", got " + response);
        }
    }

    /** Each account and its token, two at a time (each costs two password hashes, which is what a core can do). */
    private static List<String> tokens(ApiClient admin, ApiClient anonymous, List<String> names, String role) {
        return names.parallelStream().map(name -> {
            ApiClient.Response created = admin.post("/api/v1/admin/accounts", "{\"username\":\"" + name
                    + "\",\"role\":\"" + role + "\",\"password\":\"" + PASSWORD + "\"}");
            if (created.status() >= 300) {
                throw new IllegalStateException("could not create " + name + ": " + created);
            }
            return anonymous.basic(name, PASSWORD).post("/api/v1/tokens", "{\"name\":\"load\"}").json()
                    .get("token").asString();
        }).toList();
    }

    /** All five articles: the four reviewers judge, then the editors' own. */
    public List<Long> allArticles() {
        return articles;
    }

    /** The four articles reviewers read, judge and export. */
    public List<Long> reviewArticles() {
        return articles.subList(0, 4);
    }

    static <T> T any(List<T> list) {
        return list.get(ThreadLocalRandom.current().nextInt(list.size()));
    }
}
