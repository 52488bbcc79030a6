package org.claimdesk.desk.ui;

import java.util.Locale;

import org.claimdesk.base.ui.Formats;
import org.claimdesk.base.ui.Texts;

/**
 * review/AgreementText's phrase in the reader's language, for the article page; in English the very same words
 * (the reports keep AgreementText's English: they are exports).
 */
final class AgreementPhrase {

    private AgreementPhrase() {
    }

    /** "reviewers agreed on 50% of the 2 claims with two or more verdicts (Krippendorff's alpha 0.33)"; null if none. */
    static String of(int claimsWithTwoOrMore, Double share, Double alpha) {
        if (claimsWithTwoOrMore == 0 || share == null) {
            return null;
        }
        String agreement = claimsWithTwoOrMore == 1
                ? Texts.t(share == 1.0 ? "agreement.one-agreed" : "agreement.one-disagreed")
                : Texts.t("agreement.share", String.format(Locale.ROOT, "%.0f", 100 * share), claimsWithTwoOrMore);
        return agreement + " " + (alpha == null ? Texts.t("agreement.alpha-undefined")
                : Texts.t("agreement.alpha", String.format(Formats.locale(), "%.2f", alpha)));
    }
}
