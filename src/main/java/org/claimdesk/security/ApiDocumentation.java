package org.claimdesk.security;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of /api/v1, completed in one place rather than on every controller: how to
 * authenticate, which roles may call each operation ({@link ApiRoles}, also as {@code x-roles}), and the
 * RFC 7807 problem answers every operation can give.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenAPI claimDeskOpenApi() {
        return new OpenAPI()
                .info(new Info().title("ClaimDesk API").version("v1").description(
                        "Fact-check review: articles, claims, verdicts with sources, history and exports. "
                                + "Authenticate with HTTP Basic or a personal API token (Authorization: Bearer cd_...). "
                                + "Every error is an RFC 7807 problem detail (application/problem+json)."))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("A personal API token from POST /api/v1/tokens")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    @Bean
    OpenApiCustomizer rolesAndProblems() {
        return openApi -> {
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                    .forEach((method, operation) -> document(path, method, operation)));
        };
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        List<String> roles = ApiRoles.of(method.name(), path);
        operation.addExtension("x-roles", roles);
        String who = "Roles: " + String.join(", ", roles) + ".";
        operation.setDescription(operation.getDescription() == null ? who : operation.getDescription() + " " + who);
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        boolean takesInput = operation.getRequestBody() != null
                || operation.getParameters() != null && !operation.getParameters().isEmpty();
        Map<String, String> problems = new java.util.LinkedHashMap<>();
        if (takesInput) {
            problems.put("400", "Invalid input: malformed JSON, a wrong type or a value the rules refuse.");
        }
        problems.put("401", "No credentials, or wrong ones.");
        if (!roles.equals(ApiRoles.SIGNED_IN)) {
            problems.put("403", "Your role may not call this.");
        }
        if (path.contains("{")) {
            problems.put("404", "Nothing with this id or name.");
        }
        problems.put("429", "Too many failed sign-ins from this address for this username.");
        problems.put("default", "Any other error (405 wrong method, 406, 409, 415, 503), as a problem detail.");
        problems.forEach((status, text) -> responses.putIfAbsent(status, problem(text)));
        responses.forEach((status, response) -> {
            if (!status.startsWith("2") && response.getContent() != null) {
                response.getContent().replaceAll((type, media) -> new MediaType().schema(problemRef()));
            }
        });
        operation.setResponses(responses);
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(problemRef())));
    }

    private static Schema<?> problemRef() {
        return new Schema<>().$ref("#/components/schemas/" + PROBLEM);
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema().description("RFC 7807 problem detail")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Invalid input"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("The password must have at least 8 characters."))
                .addProperty("code", new StringSchema().example("error.password.too-short").description("For a refusal"
                        + " of ClaimDesk's own (400, 404, 409): the key of its text, stable when the English detail is"
                        + " reworded; ClaimDesk's UI says it in Spanish and Portuguese too"))
                .addProperty("instance", new StringSchema().example("/api/v1/admin/accounts"));
    }
}
