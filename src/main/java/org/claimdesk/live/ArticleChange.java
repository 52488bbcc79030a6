package org.claimdesk.live;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One announcement on the live channel: which article and claim (the claim may be null), what kind of change,
 * who made it, and for a claim edit its history action ({@code claim_history.action}, else null).
 */
public record ArticleChange(Long articleId, Long claimId, ChangeKind kind, String actor, String action) {

    /** The channel every instance LISTENs on. */
    public static final String CHANNEL = "claimdesk_article";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    String toJson() {
        return JSON.writeValueAsString(this);
    }

    /** The payload as the trigger or {@link #toJson()} wrote it. */
    static ArticleChange fromJson(String payload) {
        JsonNode node = JSON.readTree(payload);
        return new ArticleChange(number(node, "articleId"), number(node, "claimId"),
                ChangeKind.valueOf(node.get("kind").asString()), text(node, "actor"), text(node, "action"));
    }

    private static Long number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asLong();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
