package org.claimdesk.review;

/**
 * Published inside the transaction that stores a reviewer's verdict (or revision); listeners write in the same
 * one. Carries the full verdict, whatever blind review hides in the app: listeners decide who may read it.
 */
public record VerdictSubmitted(Long articleId, String claimText, String speaker, VerdictView verdict) {
}
