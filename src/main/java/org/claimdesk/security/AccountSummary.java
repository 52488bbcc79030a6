package org.claimdesk.security;

import java.time.Instant;

/** What the rest of ClaimDesk (and the admin API) may know of an account: never its password hash. */
public record AccountSummary(Long id, String username, String displayName, Role role, boolean enabled,
        Instant createdAt) {
}
