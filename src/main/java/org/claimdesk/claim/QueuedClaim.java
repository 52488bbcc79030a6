package org.claimdesk.claim;

/** A claim waiting in a work queue, with its article's title. */
public record QueuedClaim(Long claimId, Long articleId, String articleTitle, String text, ClaimStatus status) {
}
