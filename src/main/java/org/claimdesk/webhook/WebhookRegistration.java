package org.claimdesk.webhook;

import java.util.List;

/** What an admin registers: where to send, the shared secret that signs each body, and which events. */
public record WebhookRegistration(String url, String secret, List<String> events) {
}
