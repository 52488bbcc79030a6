package org.claimdesk.security;

import java.util.List;
import java.util.Map;

/**
 * Who may call each REST endpoint, as the OpenAPI description states it. The rules themselves live in
 * {@link SecurityConfig} (URL rules) and on the services ({@code @PreAuthorize}); this is their summary for
 * readers, and AccessMatrixIT and OpenApiCompletenessIT check that it matches what the server really does.
 * An endpoint not named here is open to every signed-in role.
 */
final class ApiRoles {

    static final List<String> SIGNED_IN = List.of("REVIEWER", "EDITOR", "ADMIN");
    private static final List<String> ADMIN = List.of("ADMIN");
    private static final List<String> REVIEWER = List.of("REVIEWER");
    private static final List<String> EDITOR = List.of("EDITOR");
    private static final List<String> REVIEWER_OR_EDITOR = List.of("REVIEWER", "EDITOR");

    private static final Map<String, List<String>> RESTRICTED = Map.ofEntries(
            Map.entry("GET /api/v1/admin/accounts", ADMIN),
            Map.entry("POST /api/v1/admin/accounts", ADMIN),
            Map.entry("POST /api/v1/admin/accounts/{username}/disable", ADMIN),
            Map.entry("POST /api/v1/admin/accounts/{username}/enable", ADMIN),
            Map.entry("PUT /api/v1/admin/accounts/{username}/password", ADMIN),
            Map.entry("POST /api/v1/imports", ADMIN),
            Map.entry("POST /api/v1/claims/{id}/verdicts", REVIEWER),
            Map.entry("POST /api/v1/claims/{id}/decision", EDITOR),
            Map.entry("PUT /api/v1/articles/{id}/review-settings", EDITOR),
            Map.entry("POST /api/v1/articles/{id}/assignments", EDITOR),
            Map.entry("POST /api/v1/claims/{id}/comments", REVIEWER_OR_EDITOR),
            Map.entry("POST /api/v1/claims/{id}/assignments", EDITOR),
            Map.entry("POST /api/v1/articles/{id}/publish", EDITOR),
            Map.entry("DELETE /api/v1/articles/{id}/publish", EDITOR),
            Map.entry("POST /api/v1/articles/{id}/recheck", EDITOR),
            // every signed-in role may ask; the service allows editors, and others on the articles they imported
            Map.entry("PATCH /api/v1/articles/{id}", SIGNED_IN),
            Map.entry("GET /api/v1/claims/{id}/draft", REVIEWER_OR_EDITOR),
            Map.entry("PUT /api/v1/claims/{id}/draft", REVIEWER_OR_EDITOR),
            Map.entry("GET /api/v1/review/agreement", EDITOR),
            Map.entry("POST /api/v1/admin/webhooks", ADMIN),
            Map.entry("GET /api/v1/admin/webhooks", ADMIN),
            Map.entry("DELETE /api/v1/admin/webhooks/{id}", ADMIN),
            Map.entry("GET /api/v1/admin/webhooks/{id}/deliveries", ADMIN));

    private ApiRoles() {
    }

    /** The roles allowed to call {@code method path} (path as in the mapping, e.g. /api/v1/claims/{id}). */
    static List<String> of(String method, String path) {
        return RESTRICTED.getOrDefault(method + " " + path, SIGNED_IN);
    }
}
