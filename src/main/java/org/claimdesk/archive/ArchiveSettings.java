package org.claimdesk.archive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Source archiving (CLAIMDESK_ARCHIVE_*): how often the worker looks for due snapshots, the first retry's delay
 * (each later one four times longer), how many attempts a source gets, the largest raw response kept
 * (compressed) and how long a snapshot of an address is reused for a new citation instead of fetching again.
 */
@ConfigurationProperties("claimdesk.archive")
public record ArchiveSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("10000") long pollMillis,
        @DefaultValue("60000") long retryBaseMillis,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("5242880") int maxRawBytes,
        @DefaultValue("24") int reuseHours) {
}
