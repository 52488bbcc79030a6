package org.claimdesk.claim;

/**
 * What a claim history row records as "before" and "after": every field a person can change, and the article
 * revision the offsets point into ({@code revision}; null in rows written before re-checks existed: revision 1).
 */
public record ClaimState(int start, int end, String text, String shortForm, String speaker,
        Checkworthiness checkworthiness, boolean dismissed, Long mergedInto, ClaimStatus status, Integer revision) {
}
