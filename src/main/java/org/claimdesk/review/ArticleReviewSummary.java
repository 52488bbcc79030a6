package org.claimdesk.review;

import java.util.Map;

/**
 * Per article: final verdicts counted by kind, and how often reviewers agreed: the share of claims with two
 * or more verdicts where all reviewers gave the same one (null while there are none).
 */
public record ArticleReviewSummary(int claims, int approved, Map<VerdictType, Integer> finalVerdicts,
        int claimsWithTwoOrMoreVerdicts, int claimsAgreed, Double agreementShare) {

    static ArticleReviewSummary of(int claims, int approved, Map<VerdictType, Integer> finals, int twoOrMore,
            int agreed) {
        return new ArticleReviewSummary(claims, approved, finals, twoOrMore, agreed,
                twoOrMore == 0 ? null : (double) agreed / twoOrMore);
    }
}
