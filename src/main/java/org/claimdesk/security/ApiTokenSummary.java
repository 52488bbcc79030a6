package org.claimdesk.security;

import java.time.Instant;

/** A token as its owner sees it in the list: never the token itself. */
public record ApiTokenSummary(Long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
