package org.claimdesk.webhook;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Webhook delivery (CLAIMDESK_WEBHOOKS_*): how often the worker looks for due deliveries, the first retry's
 * delay (each later one four times longer), how many attempts a delivery gets, how long one POST may take, and
 * the lease: how long a taken delivery is held before another worker (or this one after a restart) may take
 * it again. The lease must be longer than the timeout.
 */
@ConfigurationProperties("claimdesk.webhooks")
public record WebhookSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("2000") long pollMillis,
        @DefaultValue("30000") long retryBaseMillis,
        @DefaultValue("7") int maxAttempts,
        @DefaultValue("10000") long timeoutMillis,
        @DefaultValue("60000") long leaseMillis) {

    public WebhookSettings {
        if (leaseMillis <= timeoutMillis) {
            throw new IllegalArgumentException("claimdesk.webhooks.lease-millis (" + leaseMillis + ") must be longer"
                    + " than claimdesk.webhooks.timeout-millis (" + timeoutMillis + "), or a slow POST could be sent twice.");
        }
    }

    /** The delay after failed attempt {@code attempt} (1, 2, ...): base, 4·base, 16·base ... */
    long retryDelayMillis(int attempt) {
        return retryBaseMillis << (2 * Math.min(attempt - 1, 20));
    }
}
