package org.claimdesk.review;

/**
 * Published inside the transaction that stores an editor's decision: the first approves the claim, a later one
 * is a correction ({@link DecisionView#correction()}). Listeners write in the same transaction.
 */
public record ClaimDecided(Long articleId, String claimText, String speaker, DecisionView decision) {
}
