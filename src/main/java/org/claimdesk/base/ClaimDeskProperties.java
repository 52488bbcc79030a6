package org.claimdesk.base;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * ClaimDesk's own settings. Each is also an environment variable by Spring's relaxed binding:
 * {@code claimdesk.data-dir} is {@code CLAIMDESK_DATA_DIR}, {@code claimdesk.demo} is {@code CLAIMDESK_DEMO}.
 */
@ConfigurationProperties("claimdesk")
public record ClaimDeskProperties(
        @DefaultValue("./data") String dataDir,
        boolean demo,
        @DefaultValue("fact-check-demo") String demoPassword,
        String adminUsername,
        String adminPassword,
        @DefaultValue("ClaimDesk") String organization,
        @DefaultValue("http://localhost:8080") String publicUrl) {
}
