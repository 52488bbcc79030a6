package org.claimdesk.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.claimdesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's refusals keep their English detail whatever language the client asks for (tools parse it), and name
 * their text key in a {@code code} member, so a client can say the refusal in its own words.
 */
@IntegrationTest
class RefusalProblemIT {

    private static final String BOB = "Basic " + Base64.getEncoder()
            .encodeToString(("bob:" + IntegrationTest.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    int port;

    private JsonNode problem(String path, String language) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", BOB).header("Accept-Language", language).GET().build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
        return JsonMapper.builder().build().readTree(response.body());
    }

    @Test
    void a_spanish_speaking_client_gets_the_english_detail_and_the_refusals_key() throws Exception {
        JsonNode refused = problem("/api/v1/articles?page=-1", "es-ES,es;q=0.9");

        assertThat(refused.path("status").asInt()).isEqualTo(400);
        assertThat(refused.path("detail").asString()).isEqualTo("page must be 0 or more and size between 1 and 100.");
        assertThat(refused.path("code").asString()).isEqualTo("error.api.page");
    }

    @Test
    void an_unknown_article_is_a_404_whose_code_names_its_key() throws Exception {
        JsonNode missing = problem("/api/v1/articles/987654321", "pt-BR");

        assertThat(missing.path("status").asInt()).isEqualTo(404);
        assertThat(missing.path("detail").asString()).isEqualTo("No article with id 987654321.");
        assertThat(missing.path("code").asString()).isEqualTo("error.article.not-found");
    }
}
