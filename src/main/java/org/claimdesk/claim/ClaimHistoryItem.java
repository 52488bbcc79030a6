package org.claimdesk.claim;

import java.time.Instant;

/** A history line as the timeline and the API show it; before/after are JSON objects (or null). */
public record ClaimHistoryItem(Long id, Long claimId, ClaimAction action, String actor, Instant at, String before,
        String after) {
}
