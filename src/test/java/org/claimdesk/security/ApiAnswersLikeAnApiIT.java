package org.claimdesk.security;

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

/**
 * Everything under /api is answered by the API: unknown paths, wrong methods, unacceptable Accept and
 * unsupported bodies each get their status as an RFC 7807 problem detail, with or without credentials,
 * never Vaadin's page and never a redirect to the sign-in page.
 */
@IntegrationTest
class ApiAnswersLikeAnApiIT {

    static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString(("bob:" + IntegrationTest.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> send(String method, String path, String authorization, String accept,
            String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .as(response.uri().toString()).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"status\":" + status).doesNotContainIgnoringCase("<html");
    }

    @Test
    void an_unknown_path_with_valid_credentials_is_a_404_problem_not_vaadins_page() throws Exception {
        for (String path : new String[] {"/api/v1/no-such-thing", "/api/v1/articles/1/no-such-part", "/api/v2/me",
                "/api/", "/api"}) {
            assertProblem(send("GET", path, BASIC, null, null, null), 404);
        }
    }

    @Test
    void an_unknown_path_without_credentials_is_a_401_problem_not_a_redirect() throws Exception {
        assertProblem(send("GET", "/api/v1/no-such-thing", null, null, null, null), 401);
        assertProblem(send("GET", "/api/v1/no-such-thing", null, "text/html", null, null), 401);
    }

    @Test
    void a_wrong_method_is_a_405_problem_that_names_the_allowed_methods() throws Exception {
        HttpResponse<String> response = send("DELETE", "/api/v1/me", BASIC, null, null, null);

        assertProblem(response, 405);
        assertThat(response.headers().firstValue("Allow").orElse("")).contains("GET");
    }

    @Test
    void an_unacceptable_accept_header_is_a_406_problem() throws Exception {
        assertProblem(send("GET", "/api/v1/me", BASIC, "text/csv", null, null), 406);
    }

    @Test
    void an_unsupported_body_type_is_a_415_problem() throws Exception {
        assertProblem(send("POST", "/api/v1/tokens", BASIC, null, "text/plain", "name=x"), 415);
    }

    @Test
    void an_unknown_path_answered_to_a_browser_asking_for_html_is_still_a_problem() throws Exception {
        assertProblem(send("GET", "/api/v1/no-such-thing", BASIC, "text/html,application/xhtml+xml", null, null), 404);
    }
}
