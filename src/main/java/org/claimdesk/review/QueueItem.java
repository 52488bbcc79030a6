package org.claimdesk.review;

/** A claim waiting for me: my verdict (reviewers) or my decision (editors). */
public record QueueItem(Long claimId, Long articleId, String articleTitle, String claimText, String status,
        Long verdicts) {
}
