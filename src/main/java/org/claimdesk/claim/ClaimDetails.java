package org.claimdesk.claim;

/** What a reviewer edits on a claim at once: its short form, its speaker and its hint (null or blank = none). */
public record ClaimDetails(String shortForm, String speaker, Checkworthiness checkworthiness) {

    /** The longest short form (what a ClaimReview carries as claimReviewed). */
    public static final int MAX_SHORT_FORM = 1000;

    /** The longest speaker name; the column is as wide. */
    public static final int MAX_SPEAKER = 200;
}
