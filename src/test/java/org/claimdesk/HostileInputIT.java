package org.claimdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.claimdesk.AccessMatrixIT.Who;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every endpoint of the access matrix, called by a role it allows, with malformed JSON, wrong types, a huge
 * body, unknown and non-numeric ids: each answers 4xx with a problem detail (or succeeds), never 5xx.
 */
@IntegrationTest
class HostileInputIT {

    static final List<String> BODIES = List.of("{\"x\": ", "[]", "\"text\"", "12", "null",
            "{\"verdict\":5,\"rationale\":[],\"sources\":\"x\",\"position\":\"abc\",\"start\":\"x\",\"url\":1,"
                    + "\"blind\":\"maybe\",\"text\":{},\"username\":[1],\"password\":{},\"format\":7}",
            "{\"sources\":[null,{\"url\":null}],\"claims\":[{}]}");

    @LocalServerPort
    int port;

    @Test
    void no_endpoint_answers_5xx_to_hostile_input() {
        ApiClient anonymous = ApiClient.anonymous(port);
        Map<Who, ApiClient> clients = new EnumMap<>(Who.class);
        for (Who who : List.of(Who.REVIEWER, Who.EDITOR, Who.ADMIN)) {
            clients.put(who, anonymous.withTokenOf(AccessMatrixIT.username(who), AccessMatrixIT.password(who)));
        }
        String huge = "{\"text\":\"" + "a".repeat(8 * 1024 * 1024) + "\"}";
        List<String> wrong = new ArrayList<>();
        AccessMatrixIT.ENDPOINTS.forEach((endpoint, allowed) -> {
            ApiClient client = clients.get(allowed.stream().filter(w -> w != Who.ANONYMOUS).findFirst().orElseThrow());
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String template = endpoint.substring(endpoint.indexOf(' ') + 1);
            for (String id : List.of("987654321", "abc", "-1", "99999999999999999999")) {
                String path = template.replace("{id}", id).replace("{username}", "nobody-" + id);
                List<String> bodies = new ArrayList<>(BODIES);
                if (id.equals("987654321")) {
                    bodies.add(huge);
                }
                for (String body : bodies) {
                    int status;
                    try {
                        status = client.send(method, path, "application/json", body.getBytes()).status();
                    } catch (java.io.UncheckedIOException closed) {
                        // Tomcat closes the connection rather than read 8 MB an endpoint does not want: a refusal
                        assertThat(body).as(endpoint + " closed the connection").isSameAs(huge);
                        continue;
                    }
                    boolean takesBody = method.equals("POST") || method.equals("PUT");
                    boolean malformed = body.equals("{\"x\": ");
                    if (status >= 500 || takesBody && malformed && (status < 400 || status > 499)) {
                        wrong.add(endpoint + " id=" + id + " body=" + abbreviate(body) + " -> " + status);
                    }
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void a_multipart_filename_with_a_nul_byte_is_a_400_problem_and_stores_nothing() {
        ApiClient erin = ApiClient.anonymous(port).withTokenOf("erin", IntegrationTest.DEMO_PASSWORD);
        String boundary = "claimdesk-hostile-boundary";
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"evil\u0000name.html\"\r\n"
                + "Content-Type: text/html\r\n\r\n"
                + "<html><head><title>NUL upload</title></head><body><p>Prices rose 3% last year.</p></body></html>\r\n"
                + "--" + boundary + "--\r\n";
        int before = erin.get("/api/v1/articles?q=NUL+upload").json().get("total").asInt();

        var answer = erin.send("POST", "/api/v1/articles/import-file", "multipart/form-data; boundary=" + boundary,
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(erin.get("/api/v1/articles?q=NUL+upload").json().get("total").asInt()).isEqualTo(before);
    }

    private static String abbreviate(String body) {
        return body.length() > 40 ? body.substring(0, 40) + "..." : body;
    }
}
