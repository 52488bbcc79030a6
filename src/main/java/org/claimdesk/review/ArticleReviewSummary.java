package org.claimdesk.review;

import java.util.Map;

/**
 * Per article: final verdicts counted by kind, and how often reviewers agreed: the share of claims with two
 * or more verdicts where all reviewers gave the same one (null while there are none), and Krippendorff's alpha
 * (nominal) over those claims' verdicts, which discounts the agreement chance alone would give (null when
 * undefined: see {@link KrippendorffAlpha}).
 */
public record ArticleReviewSummary(int claims, int approved, Map<VerdictType, Integer> finalVerdicts,
        int claimsWithTwoOrMoreVerdicts, int claimsAgreed, Double agreementShare, Double krippendorffAlpha) {

    static ArticleReviewSummary of(int claims, int approved, Map<VerdictType, Integer> finals, int twoOrMore,
            int agreed, Double alpha) {
        return new ArticleReviewSummary(claims, approved, finals, twoOrMore, agreed,
                twoOrMore == 0 ? null : (double) agreed / twoOrMore, alpha);
    }

    /** "Reviewers agreed on 50% of the 2 claims with two or more verdicts (Krippendorff's alpha 0.33)."; null if none. */
    public String agreementSentence() {
        return AgreementText.sentence(claimsWithTwoOrMoreVerdicts, agreementShare, krippendorffAlpha);
    }
}
