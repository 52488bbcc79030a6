package org.claimdesk.claim;

import java.time.Instant;

/**
 * A claim as views, the API and exports read it. {@code ordinal} counts the article's claims from 1; {@code start}
 * and {@code end} point into the article's text of {@code revision}; {@code stale} is set when a re-check found
 * the claim's sentence changed or gone (null otherwise).
 */
public record ClaimView(Long id, Long articleId, int ordinal, int start, int end, String text, String shortForm,
        String speaker, Checkworthiness checkworthiness, String checkworthinessReason, boolean checkworthinessOverridden,
        boolean dismissed, ClaimStatus status, Instant textChangedAt, long version, int revision, StaleMark stale) {

    /** A claim of an article never re-checked. */
    public ClaimView(Long id, Long articleId, int ordinal, int start, int end, String text, String shortForm,
            String speaker, Checkworthiness checkworthiness, String checkworthinessReason,
            boolean checkworthinessOverridden, boolean dismissed, ClaimStatus status, Instant textChangedAt,
            long version) {
        this(id, articleId, ordinal, start, end, text, shortForm, speaker, checkworthiness, checkworthinessReason,
                checkworthinessOverridden, dismissed, status, textChangedAt, version, 1, null);
    }

    /** The text a ClaimReview carries: the reviewer's short form, else the sentence itself. */
    public String reviewedText() {
        return shortForm != null && !shortForm.isBlank() ? shortForm : text;
    }
}
