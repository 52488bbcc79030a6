package org.claimdesk.base;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * ClaimDesk's own settings. Each is also an environment variable by Spring's relaxed binding:
 * {@code claimdesk.data-dir} is {@code CLAIMDESK_DATA_DIR}, {@code claimdesk.demo} is {@code CLAIMDESK_DEMO}.
 */
@ConfigurationProperties("claimdesk")
public record ClaimDeskProperties(
        String dataDir,
        boolean demo,
        String demoPassword,
        String adminUsername,
        String adminPassword,
        String organization,
        String publicUrl) {
}
