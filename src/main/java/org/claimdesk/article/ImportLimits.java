package org.claimdesk.article;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Size limits for imports (CLAIMDESK_IMPORT_MAX_TEXT_BYTES, CLAIMDESK_IMPORT_MAX_HTML_BYTES, ...). */
@ConfigurationProperties("claimdesk.import")
public record ImportLimits(
        @DefaultValue("1048576") int maxTextBytes,
        @DefaultValue("5242880") int maxHtmlBytes,
        @DefaultValue("5000") int connectTimeoutMillis,
        @DefaultValue("15000") int readTimeoutMillis,
        @DefaultValue("") java.util.List<String> allowedHosts) {
}
