package org.claimdesk.claim;

/** A claim history row with the article it belongs to: a line of the desk's recent activity. */
public record RecentClaimChange(Long articleId, ClaimHistoryItem item) {
}
