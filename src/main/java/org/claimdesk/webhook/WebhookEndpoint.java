package org.claimdesk.webhook;

import java.time.Instant;
import java.util.List;

/** A registered endpoint as admins see it: never its secret. */
public record WebhookEndpoint(long id, String url, List<String> events, String createdBy, Instant createdAt) {
}
