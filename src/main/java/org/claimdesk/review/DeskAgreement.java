package org.claimdesk.review;

import java.time.LocalDate;

/**
 * Reviewer agreement across the desk over claims approved from {@code from} to {@code to} (inclusive UTC days)
 * that had two or more verdicts: the raw share of claims where all agreed, and Krippendorff's alpha (nominal).
 */
public record DeskAgreement(LocalDate from, LocalDate to, int claimsWithTwoOrMoreVerdicts, int claimsAgreed,
        Double agreementShare, Double krippendorffAlpha) {

    /** The desk's wording, as on the article page. */
    public String agreementSentence() {
        return AgreementText.sentence(claimsWithTwoOrMoreVerdicts, agreementShare, krippendorffAlpha);
    }
}
