package org.claimdesk.claim;

import java.time.Instant;

/** A claim as views, the API and exports read it. {@code ordinal} counts the article's claims from 1. */
public record ClaimView(Long id, Long articleId, int ordinal, int start, int end, String text, String shortForm,
        String speaker, Checkworthiness checkworthiness, String checkworthinessReason, boolean checkworthinessOverridden,
        boolean dismissed, ClaimStatus status, Instant textChangedAt, long version) {

    /** The text a ClaimReview carries: the reviewer's short form, else the sentence itself. */
    public String reviewedText() {
        return shortForm != null && !shortForm.isBlank() ? shortForm : text;
    }
}
