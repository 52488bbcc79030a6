package org.claimdesk.review;

import org.claimdesk.claim.ClaimStatus;

/**
 * A claim waiting for me: my verdict (reviewers) or my decision (editors). {@code assignedToMe}: an editor
 * assigned this one claim to me (such claims come first).
 */
public record QueueItem(Long claimId, Long articleId, String articleTitle, String claimText, ClaimStatus status,
        long verdicts, boolean assignedToMe) {
}
