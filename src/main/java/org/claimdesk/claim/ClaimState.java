package org.claimdesk.claim;

/** What a claim history row records as "before" and "after": every field a person can change. */
public record ClaimState(int start, int end, String text, String shortForm, String speaker,
        Checkworthiness checkworthiness, boolean dismissed, Long mergedInto, ClaimStatus status) {
}
