package org.claimdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.claimdesk.AccessMatrixIT.Who;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI description is the API: every controller mapping under /api is in it and nothing else is;
 * each operation names its roles (the same as the access matrix, which is checked against the server), its
 * request and response schemas, and its problem answers. The description is for signed-in users by default.
 */
@IntegrationTest
class OpenApiCompletenessIT {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    JsonNode description;

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @BeforeEach
    void signInAndFetchTheDescription() throws Exception {
        get("/login");
        browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=alice&password="
                        + URLEncoder.encode(IntegrationTest.DEMO_PASSWORD, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> docs = get("/v3/api-docs");
        assertThat(docs.statusCode()).as(docs.body()).isEqualTo(200);
        description = JsonMapper.builder().build().readTree(docs.body());
    }

    private Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new TreeMap<>();
        description.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (Set.of("get", "put", "post", "delete", "patch").contains(op.getKey())) {
                operations.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
            }
        }));
        return operations;
    }

    private Map<String, HandlerMethod> controllerMappings() {
        Map<String, HandlerMethod> endpoints = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            entry.getKey().getPatternValues().stream().filter(p -> p.startsWith("/api/"))
                    .forEach(p -> entry.getKey().getMethodsCondition().getMethods()
                            .forEach(m -> endpoints.put(m.name() + " " + p, entry.getValue())));
        }
        return endpoints;
    }

    @Test
    void every_controller_mapping_is_described_and_nothing_else_is() {
        assertThat(operations().keySet()).containsExactlyInAnyOrderElementsOf(controllerMappings().keySet());
    }

    @Test
    void each_operation_names_the_roles_the_access_matrix_allows() {
        List<String> wrong = new ArrayList<>();
        operations().forEach((endpoint, operation) -> {
            Set<String> documented = new TreeSet<>();
            operation.path("x-roles").forEach(r -> documented.add(r.asString()));
            Set<String> allowed = new TreeSet<>();
            AccessMatrixIT.ENDPOINTS.getOrDefault(endpoint, Set.of()).stream().filter(w -> w != Who.ANONYMOUS)
                    .forEach(w -> allowed.add(w.name()));
            if (!documented.equals(allowed) || !operation.path("description").asString().contains("Roles: ")) {
                wrong.add(endpoint + " documents " + documented + " but allows " + allowed);
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void each_operation_has_its_request_and_response_schemas_and_problem_answers() {
        Map<String, HandlerMethod> handlers = controllerMappings();
        List<String> wrong = new ArrayList<>();
        operations().forEach((endpoint, operation) -> {
            HandlerMethod handler = handlers.get(endpoint);
            boolean takesBody = handler != null && java.util.Arrays.stream(handler.getMethodParameters()).anyMatch(
                    p -> p.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class)
                            || p.getParameterType().getName().contains("MultipartFile"));
            if (takesBody && !hasSchema(operation.path("requestBody").path("content"))) {
                wrong.add(endpoint + ": no request schema");
            }
            JsonNode responses = operation.path("responses");
            List<String> success = new ArrayList<>();
            responses.properties().forEach(r -> {
                if (r.getKey().startsWith("2")) {
                    success.add(r.getKey());
                }
            });
            boolean returnsNothing = handler != null && handler.isVoid();
            if (success.isEmpty() || !returnsNothing && success.stream()
                    .noneMatch(s -> hasSchema(responses.path(s).path("content")))) {
                wrong.add(endpoint + ": no success response with a schema " + success);
            }
            for (String status : List.of("401", "default")) {
                if (!responses.path(status).path("content").path("application/problem+json").path("schema")
                        .path("$ref").asString().endsWith("/Problem")) {
                    wrong.add(endpoint + ": no " + status + " problem answer");
                }
            }
            if (endpoint.contains("{") && responses.path("404").isMissingNode()) {
                wrong.add(endpoint + ": no 404 answer");
            }
        });
        assertThat(wrong).isEmpty();
    }

    private static boolean hasSchema(JsonNode content) {
        List<Boolean> found = new ArrayList<>();
        content.properties().forEach(type -> found.add(!type.getValue().path("schema").isMissingNode()));
        return found.contains(true);
    }

    @Test
    void the_description_names_both_ways_to_authenticate_and_the_problem_schema() {
        assertThat(description.path("components").path("securitySchemes").path("basic").path("scheme").asString())
                .isEqualTo("basic");
        assertThat(description.path("components").path("securitySchemes").path("bearer").path("scheme").asString())
                .isEqualTo("bearer");
        assertThat(description.path("components").path("schemas").path("Problem").path("properties").has("detail"))
                .isTrue();
    }

    @Test
    void without_signing_in_the_description_and_swagger_ui_are_not_shown() throws Exception {
        HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String path : new String[] {"/v3/api-docs", "/swagger-ui.html", "/swagger-ui/index.html"}) {
            HttpResponse<String> response = anonymous.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + path)).GET().build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElse("")).as(path).endsWith("/login");
        }
    }
}
