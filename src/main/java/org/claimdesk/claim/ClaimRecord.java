package org.claimdesk.claim;

/** A claim with what only a full export needs: the claim that absorbed it, if it was merged. */
public record ClaimRecord(ClaimView view, Long mergedInto) {
}
