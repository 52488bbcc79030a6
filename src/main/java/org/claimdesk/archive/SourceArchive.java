package org.claimdesk.archive;

import java.time.Instant;

/**
 * A source's latest snapshot as the API and the views show it beside the source; {@code href} is where the
 * stored copy is read ({@code GET /api/v1/archives/{id}}).
 */
public record SourceArchive(long id, String url, ArchiveStatus status, String sha256, Instant fetchedAt,
        Integer httpStatus, String error, int attempts) {

    public String href() {
        return "/api/v1/archives/" + id;
    }
}
