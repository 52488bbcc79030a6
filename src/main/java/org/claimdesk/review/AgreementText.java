package org.claimdesk.review;

import java.util.Locale;

/** The one wording of reviewer agreement, for the article page, the reports and the desk's agreement range. */
public final class AgreementText {

    private AgreementText() {
    }

    /**
     * "reviewers agreed on 50% of the 2 claims with two or more verdicts (Krippendorff's alpha 0.33)", or for
     * one claim "reviewers disagreed on the one claim with two or more verdicts (...)"; null when there is none.
     */
    public static String phrase(int claimsWithTwoOrMore, Double share, Double alpha) {
        if (claimsWithTwoOrMore == 0 || share == null) {
            return null;
        }
        String agreement = claimsWithTwoOrMore == 1
                ? "reviewers " + (share == 1.0 ? "agreed" : "disagreed") + " on the one claim with two or more verdicts"
                : String.format(Locale.ROOT, "reviewers agreed on %.0f%% of the %d claims with two or more verdicts",
                        100 * share, claimsWithTwoOrMore);
        // with at least one claim of two verdicts alpha is undefined only when every verdict is the same
        return agreement + (alpha == null ? " (Krippendorff's alpha undefined: every verdict is the same)"
                : String.format(Locale.ROOT, " (Krippendorff's alpha %.2f)", alpha));
    }

    /** The phrase as a sentence of its own: "Reviewers agreed on ... (Krippendorff's alpha 0.33)."; null if none. */
    static String sentence(int claimsWithTwoOrMore, Double share, Double alpha) {
        String phrase = phrase(claimsWithTwoOrMore, share, alpha);
        return phrase == null ? null : "R" + phrase.substring(1) + ".";
    }
}
