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
        String publicUrl) {

    /** The configured public URL, or {@link SiteAddress#FALLBACK} when none is configured. */
    @Override
    public String publicUrl() {
        return SiteAddress.choose(publicUrl, null);
    }

    /** Exported links: the configured public URL, else {@code requestBase} (where the request came to). */
    public String publicUrlFor(String requestBase) {
        return SiteAddress.choose(publicUrl, requestBase);
    }
}
