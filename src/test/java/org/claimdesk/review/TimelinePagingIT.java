package org.claimdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.claimdesk.ApiClient;
import org.claimdesk.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A claim's history and an article's timeline page with {@code ?page=&size=} (newest first, X-Total-Count and a
 * Link to the older page), and answer as before (everything, oldest first) when asked without them.
 */
@IntegrationTest
class TimelinePagingIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    ApiClient erin;
    String token;
    long claim;
    long article;

    @BeforeEach
    void aClaimWithFiveEventsInAnArticleWithSix() {
        ApiClient anonymous = ApiClient.anonymous(port);
        token = anonymous.basic("alice", IntegrationTest.DEMO_PASSWORD).post("/api/v1/tokens", "{\"name\":\"paging\"}")
                .json().get("token").asString();
        ApiClient alice = anonymous.bearer(token);
        erin = anonymous.withTokenOf("erin", IntegrationTest.DEMO_PASSWORD);
        JsonNode created = erin.post("/api/v1/articles",
                "{\"title\":\"Paging\",\"text\":\"Prices rose 5% last year. Wages fell.\"}").json();
        article = created.get("id").asLong();
        claim = created.get("claims").get(0).get("id").asLong();
        for (int i = 1; i <= 3; i++) {
            assertThat(alice.post("/api/v1/claims/" + claim + "/verdicts", "{\"verdict\":\"NOT_CHECKABLE\","
                    + "\"rationale\":\"Revision " + i + ".\",\"sources\":[]}").status()).isEqualTo(201);
        }
    }

    record Page(int status, List<String> events, String total, String link) {
    }

    private Page get(String path) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            List<String> events = new ArrayList<>();
            JsonNode body = JSON.readTree(answer.body());
            if (body.isArray()) {
                body.forEach(e -> events.add(e.get("what").asString() + " " + e.get("when").asString()
                        + (e.get("after") != null && e.get("after").has("rationale")
                                ? " " + e.get("after").get("rationale").asString() : "")));
            }
            return new Page(answer.statusCode(), events, answer.headers().firstValue("X-Total-Count").orElse(null),
                    answer.headers().firstValue("Link").orElse(null));
        }
    }

    @Test
    void without_paging_the_history_answers_whole_and_oldest_first_as_before() throws Exception {
        Page whole = get("/api/v1/claims/" + claim + "/history");

        assertThat(whole.status()).isEqualTo(200);
        assertThat(whole.events()).hasSize(5); // created, in review, three revisions
        assertThat(whole.events().getFirst()).startsWith("CREATED");
        assertThat(whole.events().getLast()).endsWith("Revision 3.");
        assertThat(whole.total()).isNull();
    }

    @Test
    void pages_run_newest_first_and_together_hold_the_whole_history() throws Exception {
        List<String> whole = new ArrayList<>(get("/api/v1/claims/" + claim + "/history").events());
        java.util.Collections.reverse(whole);

        Page first = get("/api/v1/claims/" + claim + "/history?page=0&size=3");
        Page second = get("/api/v1/claims/" + claim + "/history?page=1&size=3");

        assertThat(first.events()).hasSize(3).first().asString().endsWith("Revision 3.");
        assertThat(first.total()).isEqualTo("5");
        assertThat(first.link()).contains("page=1").contains("size=3").contains("rel=\"next\"");
        assertThat(second.events()).hasSize(2);
        assertThat(second.link()).isNull();
        List<String> together = new ArrayList<>(first.events());
        together.addAll(second.events());
        assertThat(together).isEqualTo(whole);
    }

    @Test
    void a_size_alone_asks_for_the_newest_page_and_a_page_alone_has_the_default_size() throws Exception {
        assertThat(get("/api/v1/articles/" + article + "/timeline?size=1").events()).hasSize(1)
                .first().asString().endsWith("Revision 3.");
        Page defaults = get("/api/v1/articles/" + article + "/timeline?page=0");
        assertThat(defaults.events()).hasSize(6);
        assertThat(defaults.total()).isEqualTo("6");
        assertThat(get("/api/v1/articles/" + article + "/timeline?page=9&size=2").events()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=-1", "size=0", "size=201", "page=first", "size=10.5"})
    void a_bad_page_or_size_is_a_400_with_a_reason(String query) throws Exception {
        for (String path : List.of("/api/v1/claims/" + claim + "/history?", "/api/v1/articles/" + article + "/timeline?")) {
            Page refused = get(path + query);
            assertThat(refused.status()).as(path + query).isEqualTo(400);
        }
    }
}
