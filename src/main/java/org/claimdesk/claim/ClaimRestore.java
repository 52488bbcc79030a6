package org.claimdesk.claim;

import java.time.Instant;
import java.util.List;

/**
 * A claim as a ClaimDesk export carries it, to be stored again as it was (ids are the exporter's): {@code revision}
 * is the article text its offsets point into, {@code stale} what a re-check found (null: nothing).
 */
public record ClaimRestore(Long id, int start, int end, String shortForm, String speaker, Checkworthiness checkworthiness,
        String checkworthinessReason, boolean checkworthinessOverridden, boolean dismissed, Long mergedInto,
        ClaimStatus status, Instant textChangedAt, List<ClaimHistoryItem> history, int revision, StaleMark stale) {
}
