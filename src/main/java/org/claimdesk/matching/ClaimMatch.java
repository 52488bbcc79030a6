package org.claimdesk.matching;

import java.time.Instant;

import org.claimdesk.review.DecisionView;

/**
 * An earlier claim like the one asked about: where it is, how alike (trigram similarity of the stemmed words,
 * 0 to 1) and its final verdict, if an editor has decided one ({@code decision} is null otherwise).
 */
public record ClaimMatch(long claimId, long articleId, String articleTitle, String text, double similarity,
        DecisionView decision) {

    public String verdict() {
        return decision == null ? null : decision.verdict().name();
    }

    public Instant decidedAt() {
        return decision == null ? null : decision.createdAt();
    }
}
