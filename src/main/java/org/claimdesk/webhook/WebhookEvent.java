package org.claimdesk.webhook;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The events an endpoint may subscribe to, by the names they carry on the wire ({@code X-ClaimDesk-Event}). */
public enum WebhookEvent {
    VERDICT_SUBMITTED("verdict.submitted"),
    CLAIM_APPROVED("claim.approved"),
    CLAIM_CORRECTED("claim.corrected"),
    ARTICLE_PUBLISHED("article.published");

    private final String wireName;

    WebhookEvent(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<WebhookEvent> ofWireName(String name) {
        return Arrays.stream(values()).filter(e -> e.wireName.equals(name)).findFirst();
    }

    /** "verdict.submitted, claim.approved, claim.corrected, article.published" */
    static String names() {
        return Arrays.stream(values()).map(WebhookEvent::wireName).collect(Collectors.joining(", "));
    }
}
